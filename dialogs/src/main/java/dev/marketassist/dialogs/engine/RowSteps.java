package dev.marketassist.dialogs.engine;

import java.util.ArrayList;
import java.util.List;

import dev.marketassist.core.InvalidValue;
import dev.marketassist.dialogs.engine.DialogLifecycle.Move;
import dev.marketassist.dialogs.session.DialogState;
import dev.marketassist.dialogs.session.DialogState.Mode;

/**
 * Steps answered row by row ({@link Step#rows}): each typed row is checked by the step's rule
 * against the rows so far and added to the session's working copy, or refused with the rule's
 * message and the step kept; the row buttons (Add another, Remove last, Start over) never move
 * the dialog; Done makes the rows the step's one answer.
 */
final class RowSteps {

	private final StepPrompts prompts;

	RowSteps(StepPrompts prompts) {
		this.prompts = prompts;
	}

	/** The rows of a row-by-row step as the user sees them: the working copy, else its answer. */
	static List<String> workingRows(DialogState state, Step step) {
		if (state.getRows() != null) {
			return state.getRows();
		}
		String answer = state.getAnswers().get(step.id());
		return answer == null ? List.of() : Answers.splitRows(answer);
	}

	/** One typed row: checked against the rows so far and added, or refused with the rule's message. */
	void addRow(Turn turn, DialogDefinition dialog, DialogState state, Step step, String raw) {
		List<String> rows = new ArrayList<>(workingRows(state, step));
		String row;
		try {
			if (rows.size() >= step.rows().max()) {
				throw new InvalidValue("dialog.rows.full", step.rows().max());
			}
			if (raw.strip().contains("\n")) {
				throw new InvalidValue("dialog.rows.one-per-message");
			}
			row = step.rows().rule().add(List.copyOf(rows), raw);
			if (row == null || row.isBlank() || row.contains("\n")) {
				throw new InvalidValue("dialog.rows.one-per-message");
			}
		}
		catch (InvalidValue invalid) {
			prompts.rowsPrompt(turn, dialog, state, step, turn.texts().get(invalid), true);
			return;
		}
		rows.add(row);
		state.setRows(rows);
		prompts.rowsPrompt(turn, dialog, state, step, null, false);
	}

	/**
	 * Add another, Remove last, Start over and Done; none of them but Done moves the dialog.
	 * @return whether Done stored the rows as the step's answer (the engine then moves on)
	 */
	boolean rowsButton(Turn turn, DialogDefinition dialog, DialogState state, Step step, String op) {
		List<String> rows = new ArrayList<>(workingRows(state, step));
		switch (op) {
			case "ra" -> {
				prompts.rowsPrompt(turn, dialog, state, step, null, true);
				return false;
			}
			case "rr" -> {
				if (!rows.isEmpty()) {
					rows.remove(rows.size() - 1);
				}
				state.setRows(rows);
				prompts.rowsPrompt(turn, dialog, state, step, null, false);
				return false;
			}
			case "rc" -> {
				state.setRows(List.of());
				prompts.rowsPrompt(turn, dialog, state, step, null, true);
				return false;
			}
			default -> {
				if (rows.isEmpty()) {
					prompts.rowsPrompt(turn, dialog, state, step, turn.texts().get("dialog.rows.none"), true);
					return false;
				}
				state.getAnswers().put(step.id(), String.join("\n", rows));
				return true;
			}
		}
	}

	/**
	 * The working rows end with every move off their step. Back while answering step by step keeps
	 * them as the step's answer so far (nothing typed is lost); from the summary's edit, Back to
	 * the summary leaves the answer as it was. Done stored them already.
	 */
	static void settleRows(DialogDefinition dialog, DialogState state, String from, Move move) {
		if (state.getRows() == null) {
			return;
		}
		if (move == Move.BACK && state.getMode() == Mode.ASKING && dialog.hasStep(from) && dialog.step(from).repeated()) {
			if (state.getRows().isEmpty()) {
				state.getAnswers().remove(from);
			}
			else {
				state.getAnswers().put(from, String.join("\n", state.getRows()));
			}
		}
		state.setRows(null);
	}

}
