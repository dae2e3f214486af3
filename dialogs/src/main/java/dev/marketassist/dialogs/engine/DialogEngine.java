package dev.marketassist.dialogs.engine;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.marketassist.dialogs.Input;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.dialogs.engine.DialogLifecycle.Move;
import dev.marketassist.dialogs.session.DialogState;
import dev.marketassist.dialogs.session.DialogState.Mode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Runs dialogs: shows a step's prompt with its controls (Back, Skip, Cancel, a progress line;
 * drawn by {@link StepPrompts}), validates answers with the step's rule (row by row through
 * {@link RowSteps}), moves where the {@link DialogLifecycle} decides, shows the
 * summary with Edit and Submit, and submits.
 * Invalid or unexpected input re-prompts and changes nothing. Pure with respect to the outside
 * world except for the dialog's submit handler.
 */
public final class DialogEngine {

	private final Map<String, DialogDefinition> dialogs = new LinkedHashMap<>();

	private final Sealer sealer;

	private final StepPrompts prompts;

	private final RowSteps rows;

	private final DialogMoves moves;

	public DialogEngine(Collection<DialogDefinition> definitions, Sealer sealer) {
		this(definitions, sealer, new SimpleMeterRegistry());
	}

	/** @param meters where the funnel is counted: {@code market.dialog.steps} by dialog, step and event */
	public DialogEngine(Collection<DialogDefinition> definitions, Sealer sealer, MeterRegistry meters) {
		definitions.forEach(definition -> dialogs.put(definition.name(), definition));
		this.sealer = sealer;
		this.prompts = new StepPrompts(sealer);
		this.rows = new RowSteps(this.prompts);
		this.moves = new DialogMoves(dialogs, sealer, prompts, rows, meters);
	}

	public Optional<DialogDefinition> find(String name) {
		return Optional.ofNullable(dialogs.get(name));
	}

	/**
	 * Starts {@code name} afresh (dropping any draft of it) and shows its first step. Started over
	 * (the resume offer's "Start over"), it stays about what it was about (its context).
	 */
	public void start(Turn turn, String name) {
		start(turn, name, null);
	}

	/**
	 * Starts {@code name} afresh about something ({@code context}, e.g. the ticket a rejection is
	 * for); the submit handler reads it through {@link Answers#context(String)}. A dialog whose
	 * steps depend on the context starts at its first step for that context.
	 */
	public void start(Turn turn, String name, java.util.Map<String, String> context) {
		DialogState earlier = turn.session().getDrafts().remove(name);
		DialogState active = turn.session().getActive();
		if (earlier == null && active != null && active.getDialog().equals(name)) {
			earlier = active;
		}
		java.util.Map<String, String> about = context != null ? context : earlier != null ? earlier.getContext() : null;
		DialogDefinition dialog = dialogs.get(name).resolve(about);
		DialogState fresh = new DialogState(name, dialog.steps().get(0).id(), turn.now());
		if (about != null) {
			fresh.setContext(about);
		}
		turn.session().setActive(fresh);
		moves.count(name, dialog.steps().get(0).id(), "entered");
		moves.show(turn, null);
	}

	/** Shows the active dialog where it stands (after /start, a restart, a cancelled cancel). */
	public void show(Turn turn, String error) {
		moves.show(turn, error);
	}

	/** Asks to confirm cancelling the active dialog (the /cancel command and the Cancel button). */
	public void requestCancel(Turn turn) {
		DialogState state = turn.session().getActive();
		state.setMode(Mode.CONFIRM_CANCEL);
		prompts.confirmCancel(turn, moves.definition(state), state);
	}

	/** Handles input for the active dialog; returns false for a button that is not the dialog's. */
	public boolean handle(Turn turn, Input input) {
		DialogState state = turn.session().getActive();
		DialogDefinition dialog = moves.definition(state);
		state.setUpdatedAt(turn.now());
		if (input instanceof Input.Choice) {
			return false;
		}
		if (state.getMode() == Mode.CONFIRM_CANCEL) {
			prompts.confirmCancel(turn, dialog, state);
			return true;
		}
		if (DialogDefinition.SUMMARY.equals(state.getStep())) {
			prompts.summary(turn, dialog, state, moves.path(dialog, state, moves.answers(dialog, state)), turn.texts().get("dialog.summary.use-buttons"));
			return true;
		}
		Step step = dialog.step(state.getStep());
		if (input instanceof Input.Text text && RepeatedAnswers.repliesToAnEarlierPrompt(turn, text)) {
			Optional<Step> answered = RepeatedAnswers.answeredBefore(dialog, state, text.text(), sealer);
			prompts.prompt(turn, dialog, state, answered.isPresent()
					? turn.texts().get("dialog.answer.repeated", StepPrompts.label(turn.texts(), dialog, answered.get()))
					: turn.texts().get("dialog.answer.earlier-prompt"));
			return true;
		}
		Optional<Step> repeated = input instanceof Input.Text text
				? RepeatedAnswers.repeatedStep(turn, dialog, state, text.text(), sealer) : Optional.empty();
		if (repeated.isPresent()) {
			prompts.prompt(turn, dialog, state, turn.texts().get("dialog.answer.repeated", StepPrompts.label(turn.texts(), dialog, repeated.get())));
			return true;
		}
		String raw = rawAnswer(step, input);
		if (raw == null) {
			prompts.prompt(turn, dialog, state, turn.texts().get("dialog.expects." + step.kind().name().toLowerCase()));
		}
		else if (step.repeated()) {
			rows.addRow(turn, dialog, state, step, raw);
		}
		else if (step.kind() == Step.Kind.CHOICE) {
			moves.answerByLabel(turn, dialog, state, step, raw);
		}
		else {
			moves.answer(turn, dialog, state, step, raw);
		}
		return true;
	}

	/** The raw answer {@code input} gives to {@code step}, or {@code null} if it is not one. */
	private static String rawAnswer(Step step, Input input) {
		if (input instanceof Input.Text text
				&& (step.kind() == Step.Kind.TEXT || step.kind() == Step.Kind.PHONE || step.kind() == Step.Kind.CHOICE)) {
			return text.text();
		}
		if (input instanceof Input.Contact contact && step.kind() == Step.Kind.PHONE) {
			return contact.phoneNumber();
		}
		if (input instanceof Input.Attachment file
				&& (step.kind() == Step.Kind.DOCUMENT || step.kind() == Step.Kind.PHOTO)) {
			return String.join("|", file.fileId(), String.valueOf(file.fileName()), String.valueOf(file.mimeType()),
					Long.toString(file.size()));
		}
		return null;
	}

	/**
	 * A press of the active dialog's controls (the router checked its nonce: it is on the live
	 * prompt and was not acted on before).
	 */
	public void press(Turn turn, ButtonType.Press<DialogButtons> press) {
		DialogState state = turn.session().getActive();
		DialogDefinition dialog = moves.definition(state);
		state.setUpdatedAt(turn.now());
		DialogButtons op = press.action();
		String arg = press.arg();
		boolean atSummary = DialogDefinition.SUMMARY.equals(state.getStep());
		boolean cancelling = op == DialogButtons.CANCEL || op == DialogButtons.CANCEL_YES || op == DialogButtons.CANCEL_NO;
		if (state.getMode() == Mode.CONFIRM_CANCEL && !cancelling) {
			prompts.confirmCancel(turn, dialog, state);
			return;
		}
		switch (op) {
			case CHOOSE -> moves.choose(turn, dialog, state, arg);
			case KEEP -> moves.keep(turn, dialog, state);
			case SKIP -> moves.skip(turn, dialog, state);
			case BACK -> moves.back(turn, dialog, state);
			case CANCEL -> requestCancel(turn);
			case CANCEL_YES -> moves.pause(turn, state);
			case CANCEL_NO -> {
				state.setMode(Mode.ASKING);
				moves.show(turn, null);
			}
			case EDIT -> {
				if (atSummary) {
					moves.edit(turn, dialog, state, arg);
				}
				else {
					moves.show(turn, null);
				}
			}
			case SUBMIT -> {
				if (atSummary) {
					moves.submit(turn, dialog, state);
				}
				else {
					moves.show(turn, null);
				}
			}
			case ROW_ADD, ROW_REMOVE, ROWS_CLEAR, ROWS_DONE -> {
				if (atSummary || !dialog.step(state.getStep()).repeated()) {
					moves.show(turn, null);
				}
				else {
					Step step = dialog.step(state.getStep());
					if (rows.rowsButton(turn, dialog, state, step, op.code())) {
						moves.forward(turn, dialog, state, Move.ANSWER);
					}
				}
			}
		}
	}

	/** The title of a dialog, escaped. */
	public String title(Texts t, String dialog) {
		return StepPrompts.title(t, dialog);
	}

	/** The progress of a paused or active dialog, for the resume offer. */
	public String progress(Texts t, DialogState state) {
		DialogDefinition dialog = moves.definition(state);
		if (DialogDefinition.SUMMARY.equals(state.getStep())) {
			return t.get("dialog.progress.summary");
		}
		int[] at = dialog.position(state.getStep(), state.getAnswers(), state.getContext());
		return at != null ? t.get("dialog.progress", at[0], at[1])
				: t.get("dialog.progress", dialog.indexOf(state.getStep()) + 1, dialog.steps().size());
	}

}
