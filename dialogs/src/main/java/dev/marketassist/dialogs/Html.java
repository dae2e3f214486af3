package dev.marketassist.dialogs;

/**
 * Text that is already safe Telegram HTML. Message arguments of any other type are escaped;
 * wrap a fragment in {@code Html} only when it was built from escaped parts.
 */
public record Html(String value) {

	/** Escapes the characters Telegram's HTML parse mode treats specially. */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	@Override
	public String toString() {
		return value;
	}

}
