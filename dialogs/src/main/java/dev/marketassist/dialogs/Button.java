package dev.marketassist.dialogs;

/**
 * A button under a reply: either a choice (with callback {@code data}, at most 64 bytes) or a
 * link ({@code url}).
 *
 * @param label plain text shown on the button (never parsed as markup)
 */
public record Button(String label, String data, String url) {

	public static Button choice(String label, String data) {
		return new Button(label, data, null);
	}

	public static Button link(String label, String url) {
		return new Button(label, null, url);
	}

}
