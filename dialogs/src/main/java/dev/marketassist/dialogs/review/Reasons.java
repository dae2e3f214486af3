package dev.marketassist.dialogs.review;

import java.util.List;

import dev.marketassist.dialogs.Texts;
import dev.marketassist.review.ReviewDecisions;

/** The rejection templates ({@code review.reason.<code>}) and how a reason reads in a language. */
final class Reasons {

	/** The templates a reviewer chooses from, in the order shown. */
	static final List<String> TEMPLATES = ReviewDecisions.REASON_TEMPLATES;

	private Reasons() {
	}

	/** The reason as plain text in the reader's language: the template, then the reviewer's words. */
	static String text(Texts t, String code, String reason) {
		String template = code == null || "other".equals(code) || !TEMPLATES.contains(code) ? null
				: t.plain("review.reason." + code);
		if (template == null) {
			return reason == null ? "—" : reason;
		}
		return reason == null ? template : template + " — " + reason;
	}

}
