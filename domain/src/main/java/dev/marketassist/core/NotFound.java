package dev.marketassist.core;

/** Thrown when the thing a command names does not exist (an unknown order or ticket id). */
public final class NotFound extends RuntimeException {

	public NotFound(String what) {
		super(what + " not found", null, false, false);
	}

}
