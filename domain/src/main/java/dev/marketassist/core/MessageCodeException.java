package dev.marketassist.core;

import java.util.List;

/**
 * A rule's answer to the user: a message key ({@link #code()}) and its arguments, without a
 * stack trace (it is expected, not a failure) and without the user's value in the message, so
 * that it can be logged safely.
 */
public abstract class MessageCodeException extends RuntimeException {

	private final String code;

	private final List<Object> args;

	protected MessageCodeException(String code, Object... args) {
		super(code, null, false, false);
		this.code = code;
		this.args = List.of(args);
	}

	/** The i18n message key. */
	public String code() {
		return code;
	}

	/** Arguments for the message's placeholders (never a sensitive value). */
	public List<Object> args() {
		return args;
	}

}
