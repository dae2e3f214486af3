package dev.marketassist.dialogs.engine;

import java.util.ArrayList;
import java.util.List;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.Html;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.dialogs.session.DialogState;
import dev.marketassist.dialogs.session.DialogState.Mode;

/**
 * How a dialog looks in the chat: a step's prompt with its progress line, options and controls
 * (Back or Back to the summary, Skip, Cancel), a row-by-row step's rows so far with its row
 * buttons, the summary with Edit and Submit, and the cancel question. It only builds replies;
 * {@link DialogEngine} decides which to show. Every button carries the prompt's number (so a
 * stale one is recognised) and the user's answers are escaped.
 */
final class StepPrompts {

	private final Sealer sealer;

	StepPrompts(Sealer sealer) {
		this.sealer = sealer;
	}

	void prompt(Turn turn, DialogDefinition dialog, DialogState state, String error) {
		Texts t = turn.texts();
		Step step = dialog.step(state.getStep());
		if (step.repeated()) {
			rowsPrompt(turn, dialog, state, step, error, error != null);
			return;
		}
		StringBuilder html = new StringBuilder(header(t, dialog, state));
		if (error != null) {
			html.append("\n\n⚠️ ").append(error);
		}
		html.append("\n\n").append(t.get(key(dialog, step, "prompt"), step.promptArgs().toArray()));
		String current = state.getAnswers().get(step.id());
		if (current != null && step.kind() != Step.Kind.CHOICE) {
			html.append("\n\n").append(t.get("dialog.current-answer", new Html(display(t, dialog, step, current))));
		}
		List<List<Button>> keyboard = new ArrayList<>();
		for (int i = 0; i < step.options().size(); i++) {
			keyboard.add(List.of(DialogButtons.button(optionLabel(t, dialog, step, step.options().get(i)),
					DialogButtons.CHOOSE, Integer.toString(i))));
		}
		if (current != null && step.kind() != Step.Kind.CHOICE) {
			keyboard.add(List.of(DialogButtons.button(t.plain("dialog.button.keep"), DialogButtons.KEEP)));
		}
		keyboard.add(controls(t, state, step, true));
		turn.prompt(html.toString(), keyboard, asks(dialog, state));
	}

	/**
	 * A row-by-row step: asking for a row (its prompt) or showing the rows so far with Add
	 * another, Remove last, Start over and Done.
	 */
	void rowsPrompt(Turn turn, DialogDefinition dialog, DialogState state, Step step, String error, boolean asking) {
		Texts t = turn.texts();
		List<String> rows = RowSteps.workingRows(state, step);
		int max = step.rows().max();
		boolean ask = (asking || rows.isEmpty()) && rows.size() < max;
		StringBuilder html = new StringBuilder(header(t, dialog, state));
		if (error != null) {
			html.append("\n\n⚠️ ").append(error);
		}
		if (ask) {
			html.append("\n\n").append(t.get(key(dialog, step, "prompt"), step.promptArgs().toArray()));
		}
		if (!rows.isEmpty()) {
			html.append("\n\n")
				.append(t.get("dialog.rows.so-far", label(t, dialog, step), rows.size(), max))
				.append(numbered(t, rows, step));
		}
		if (ask && !rows.isEmpty()) {
			html.append("\n\n").append(t.get("dialog.rows.send-next", rows.size() + 1));
		}
		else if (!ask) {
			html.append("\n\n").append(t.get(rows.size() < max ? "dialog.rows.next" : "dialog.rows.at-max", max));
		}
		List<List<Button>> keyboard = new ArrayList<>();
		if (!rows.isEmpty()) {
			List<Button> edits = new ArrayList<>();
			if (!ask && rows.size() < max) {
				edits.add(DialogButtons.button(t.plain("dialog.button.row-add"), DialogButtons.ROW_ADD));
			}
			edits.add(DialogButtons.button(t.plain("dialog.button.row-remove"), DialogButtons.ROW_REMOVE));
			if (rows.size() > 1) {
				edits.add(DialogButtons.button(t.plain("dialog.button.rows-clear"), DialogButtons.ROWS_CLEAR));
			}
			keyboard.add(edits);
			keyboard.add(List.of(DialogButtons.button(t.plain("dialog.button.rows-done"), DialogButtons.ROWS_DONE)));
		}
		keyboard.add(controls(t, state, step, rows.isEmpty()));
		turn.prompt(html.toString(), keyboard, asks(dialog, state));
	}

	String numbered(Texts t, List<String> rows, Step step) {
		StringBuilder html = new StringBuilder();
		for (int i = 0; i < rows.size(); i++) {
			html.append("\n").append(i + 1).append(". ").append(Html.escape(step.shown(t, rows.get(i))));
		}
		return html.toString();
	}

	/** Back (or Back to the summary), Skip where allowed, Cancel. */
	private static List<Button> controls(Texts t, DialogState state, Step step, boolean skippable) {
		List<Button> controls = new ArrayList<>();
		if (state.getMode() == Mode.EDITING) {
			controls.add(DialogButtons.button(t.plain("dialog.button.to-summary"), DialogButtons.BACK));
		}
		else if (!state.getTrail().isEmpty()) {
			controls.add(DialogButtons.button(t.plain("dialog.button.back"), DialogButtons.BACK));
		}
		if (step.optional() && skippable) {
			controls.add(DialogButtons.button(t.plain("dialog.button.skip"), DialogButtons.SKIP));
		}
		controls.add(DialogButtons.button(t.plain("dialog.button.cancel"), DialogButtons.CANCEL));
		return controls;
	}

	void summary(Turn turn, DialogDefinition dialog, DialogState state, List<Step> path, String error) {
		Texts t = turn.texts();
		StringBuilder html = new StringBuilder("<b>").append(title(t, dialog.name())).append("</b>");
		if (error != null) {
			html.append("\n\n⚠️ ").append(error);
		}
		html.append("\n\n").append(t.get("dialog.summary.intro"));
		List<Button> edits = new ArrayList<>();
		for (Step step : path) {
			String stored = state.getAnswers().get(step.id());
			String shown = stored == null ? t.get("dialog.summary.skipped") : display(t, dialog, step, stored);
			// the line's punctuation is the language's (a full-width colon in Chinese)
			html.append('\n').append(t.get("dialog.summary.line", new Html(t.get(key(dialog, step, "label"), step.labelArgs().toArray())),
					new Html(shown)));
			edits.add(DialogButtons.button(t.plain("dialog.button.edit", label(t, dialog, step)), DialogButtons.EDIT,
					Integer.toString(dialog.indexOf(step.id()))));
		}
		List<List<Button>> keyboard = new ArrayList<>();
		for (int i = 0; i < edits.size(); i += 2) {
			keyboard.add(edits.subList(i, Math.min(i + 2, edits.size())));
		}
		keyboard.add(List.of(DialogButtons.button(t.plain("dialog.button.submit"), DialogButtons.SUBMIT)));
		keyboard.add(List.of(DialogButtons.button(t.plain("dialog.button.back"), DialogButtons.BACK),
				DialogButtons.button(t.plain("dialog.button.cancel"), DialogButtons.CANCEL)));
		turn.prompt(html.toString(), keyboard, asks(dialog, state));
	}

	void confirmCancel(Turn turn, DialogDefinition dialog, DialogState state) {
		Texts t = turn.texts();
		turn.prompt(t.get("dialog.cancel.confirm", title(t, dialog.name())),
				List.of(List.of(DialogButtons.button(t.plain("dialog.button.cancel-yes"), DialogButtons.CANCEL_YES),
						DialogButtons.button(t.plain("dialog.button.cancel-no"), DialogButtons.CANCEL_NO))),
				asks(dialog, state));
	}

	/** What a prompt of the dialog where it stands asks: {@code <dialog>/<step>}. */
	static String asks(DialogDefinition dialog, DialogState state) {
		return dialog.name() + "/" + state.getStep();
	}

	private String header(Texts t, DialogDefinition dialog, DialogState state) {
		int[] at = dialog.position(state.getStep(), state.getAnswers(), state.getContext());
		return at != null ? t.get("dialog.header", title(t, dialog.name()), at[0], at[1])
				: t.get("dialog.header", title(t, dialog.name()), dialog.indexOf(state.getStep()) + 1, dialog.steps().size());
	}

	/** The title of a dialog, escaped. */
	static String title(Texts t, String dialog) {
		return t.get(dialog + ".title");
	}

	private String display(Texts t, DialogDefinition dialog, Step step, String stored) {
		if (step.kind() == Step.Kind.CHOICE) {
			return Html.escape(optionLabel(t, dialog, step, stored));
		}
		if (step.repeated()) {
			return numbered(t, Answers.splitRows(stored), step);
		}
		String clear = step.sensitive() ? sealer.open(stored) : stored;
		return Html.escape(step.shown(t, clear));
	}

	static String optionLabel(Texts t, DialogDefinition dialog, Step step, String option) {
		return t.plain(key(dialog, step, "option." + option));
	}

	/** The bundle key of one of a step's texts: {@code <dialog>.<step's text key>.<what>}. */
	private static String key(DialogDefinition dialog, Step step, String what) {
		return dialog.name() + "." + step.textKey() + "." + what;
	}

	/** A step's label as plain text (a button's, or an argument that is escaped later). */
	static String label(Texts t, DialogDefinition dialog, Step step) {
		return t.plain(key(dialog, step, "label"), step.labelArgs().toArray());
	}

}
