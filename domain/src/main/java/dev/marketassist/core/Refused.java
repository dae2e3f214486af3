package dev.marketassist.core;

import java.util.List;

/**
 * Thrown when a command is not allowed now: an illegal lifecycle transition (confirming an order
 * that is not done) or an actor who may not do it (someone else's order). The {@link #code()} is
 * the i18n message key the user is shown ({@code refused.*}); nothing changed.
 */
public final class Refused extends RuntimeException {

	private final String code;

	private final List<Object> args;

	public Refused(String code, Object... args) {
		super(code, null, false, false);
		this.code = code;
		this.args = List.of(args);
	}

	public String code() {
		return code;
	}

	public List<Object> args() {
		return args;
	}

}
