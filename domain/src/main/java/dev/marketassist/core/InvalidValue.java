package dev.marketassist.core;

import java.util.List;

/**
 * Thrown by a value object when user input does not meet a marketplace rule.
 * <p>
 * The {@link #code()} doubles as the i18n message key that the dialogs show the user
 * (for example {@code invalid.uscc.check}); {@link #args()} fill the message's placeholders.
 * The exception message never contains the rejected value itself, so it can be logged safely.
 */
public final class InvalidValue extends RuntimeException {

	private final String code;

	private final List<Object> args;

	public InvalidValue(String code, Object... args) {
		super(code, null, false, false);
		this.code = code;
		this.args = List.of(args);
	}

	/** The message key, e.g. {@code invalid.phone.format}. */
	public String code() {
		return code;
	}

	/** Arguments for the message's placeholders (never the rejected sensitive value). */
	public List<Object> args() {
		return args;
	}

}
