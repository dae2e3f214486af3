package dev.marketassist.bot.api;

/** A REST call the authenticated client may not make for the person it names: 403 with {@code detail}. */
public class NotAllowed extends RuntimeException {

	public NotAllowed(String detail) {
		super(detail);
	}

}
