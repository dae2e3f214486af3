package dev.marketassist.core;

/**
 * Thrown by a value object when user input does not meet a marketplace rule.
 * <p>
 * The {@link #code()} doubles as the i18n message key that the dialogs show the user
 * (for example {@code invalid.uscc.check}); {@link #args()} fill the message's placeholders.
 * The exception message never contains the rejected value itself, so it can be logged safely.
 */
public final class InvalidValue extends MessageCodeException {

	public InvalidValue(String code, Object... args) {
		super(code, args);
	}

}
