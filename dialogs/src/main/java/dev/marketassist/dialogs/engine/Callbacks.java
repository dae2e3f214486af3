package dev.marketassist.dialogs.engine;

import java.nio.charset.StandardCharsets;

/**
 * The button payloads of the assistant. Every payload is short ASCII, far below Telegram's 64
 * bytes: anything long stays server-side in the session and the button carries an index.
 * <ul>
 * <li>{@code d:<seq>:<op>[:<arg>]} a dialog control on the prompt numbered {@code seq}</li>
 * <li>{@code r:<seq>:<op>[:<arg>]} the resume offer</li>
 * <li>{@code m:<item>} a main-menu item (always valid)</li>
 * <li>{@code l:<language>} a language choice (always valid)</li>
 * </ul>
 */
public final class Callbacks {

	/** Telegram's limit for callback data, in bytes. */
	public static final int MAX_BYTES = 64;

	private Callbacks() {
	}

	/** A payload made of the parts joined by {@code :}; refuses anything over 64 bytes. */
	public static String of(String... parts) {
		String data = String.join(":", parts);
		if (data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new IllegalArgumentException("callback data over " + MAX_BYTES + " bytes: " + data.length() + " chars");
		}
		return data;
	}

	/** The parts of a payload; at least one (possibly empty) part. */
	public static String[] parse(String data) {
		return (data == null ? "" : data).split(":", -1);
	}

}
