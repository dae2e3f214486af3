package dev.marketassist.dialogs.engine;

import java.util.List;

import dev.marketassist.dialogs.Conversation;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.Texts;

/**
 * What submitting a dialog does: the one place a dialog calls the domain. It must be idempotent
 * for one {@code submissionId} (a retried submit must not create twice). Throwing
 * {@link dev.marketassist.core.InvalidValue} keeps the user on the summary with that message.
 */
@FunctionalInterface
public interface SubmitHandler {

	List<Reply> submit(Answers answers, Submission submission);

	/**
	 * Context of one submit.
	 * @param submissionId stable id of this dialog run (session id, dialog and start time)
	 */
	record Submission(String submissionId, Conversation from, Texts texts) {
	}

}
