package dev.marketassist.dialogs.engine;

import java.time.Duration;
import java.util.Optional;

import dev.marketassist.core.InvalidValue;
import dev.marketassist.dialogs.Input;
import dev.marketassist.dialogs.session.ChatSession;
import dev.marketassist.dialogs.session.DialogState;

/**
 * Binds a typed answer to the prompt the user answered when that is not the current one.
 * <p>
 * Where Telegram tells which message was replied to: a text replying to a message older than the
 * live prompt answers an earlier question, never the current one. If it is the answer an earlier
 * step already has, the user is told it is saved once; otherwise to answer the question shown.
 * Nothing is stored either way.
 * <p>
 * Without a reply: after a
 * crash the recovery may send a prompt again whose answer was already on its way (delivered but
 * not yet handled); the user sees the old question again and answers it again, while the dialog
 * has moved on. Such a repeat must not be stored as the answer to the next step.
 * <p>
 * The rule: within {@link #WINDOW} after the recovery re-sent the prompt of step X (recorded in
 * the session by {@code Dialogs.redeliver}), if the dialog is past X and the text is, once
 * checked by X's rule, exactly X's answer, it is that answer again: nothing is stored, the user is
 * told and sees the current question. Any other text answers the current step as usual.
 */
final class RepeatedAnswers {

	/** How long after a re-sent prompt an answer may still be the answer to it. */
	static final Duration WINDOW = Duration.ofSeconds(20);

	private RepeatedAnswers() {
	}

	/** Whether the text replies to a message older than the live prompt (an earlier question). */
	static boolean repliesToAnEarlierPrompt(Turn turn, Input.Text text) {
		Integer live = turn.session().getPromptMessageId();
		return text.replyTo() != null && live != null && text.replyTo() < live;
	}

	/** The earlier step (on the way here) whose answer {@code raw} is, once checked by its rule. */
	static Optional<Step> answeredBefore(DialogDefinition dialog, DialogState state, String raw, Sealer sealer) {
		for (String id : state.getTrail()) {
			Optional<Step> same = sameAnswer(dialog.step(id), state, raw, sealer);
			if (same.isPresent()) {
				return same;
			}
		}
		return Optional.empty();
	}

	/** The earlier step {@code raw} answers again, if it is a repeat. */
	static Optional<Step> repeatedStep(Turn turn, DialogDefinition dialog, DialogState state, String raw, Sealer sealer) {
		ChatSession session = turn.session();
		String resent = session.getResentPrompt();
		if (resent == null || session.getResentAt() == null || turn.now().isAfter(session.getResentAt().plus(WINDOW))) {
			return Optional.empty();
		}
		int slash = resent.indexOf('/');
		String step = resent.substring(slash + 1);
		if (slash < 0 || !resent.substring(0, slash).equals(dialog.name()) || step.equals(state.getStep())
				|| !dialog.hasStep(step)) {
			return Optional.empty();
		}
		return sameAnswer(dialog.step(step), state, raw, sealer);
	}

	/** {@code earlier}, if {@code raw} is (once checked by its rule) the answer it has. */
	private static Optional<Step> sameAnswer(Step earlier, DialogState state, String raw, Sealer sealer) {
		String stored = state.getAnswers().get(earlier.id());
		if (stored == null || earlier.repeated() || earlier.kind() != Step.Kind.TEXT && earlier.kind() != Step.Kind.PHONE) {
			return Optional.empty();
		}
		try {
			String canonical = earlier.parse().apply(raw);
			String given = earlier.sensitive() ? sealer.open(stored) : stored;
			return canonical.equals(given) ? Optional.of(earlier) : Optional.empty();
		}
		catch (InvalidValue notAnAnswerToIt) {
			return Optional.empty();
		}
	}

}
