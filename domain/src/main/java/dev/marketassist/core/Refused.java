package dev.marketassist.core;

/**
 * Thrown when a command is not allowed now: an illegal lifecycle transition (confirming an order
 * that is not done) or an actor who may not do it (someone else's order). The {@link #code()} is
 * the i18n message key the user is shown ({@code refused.*}); nothing changed.
 */
public final class Refused extends MessageCodeException {

	public Refused(String code, Object... args) {
		super(code, args);
	}

}
