package dev.marketassist.dialogs.engine;

import java.util.List;

/** Where a dialog goes after a step. */
public sealed interface Next {

	/** Go to the step with this id. */
	record To(String step) implements Next {
	}

	/** Go to the summary. */
	record Summary() implements Next {
	}

	/**
	 * Leave the dialog without submitting, saying {@code messageKey}; with {@code keepDraft} the
	 * answers are kept so the user can come back later.
	 */
	record Exit(String messageKey, boolean keepDraft, List<Object> args) implements Next {
	}

	static Next to(String step) {
		return new To(step);
	}

	static Next summary() {
		return new Summary();
	}

	static Next exit(String messageKey, boolean keepDraft, Object... args) {
		return new Exit(messageKey, keepDraft, List.of(args));
	}

}
