package dev.marketassist.core.input;

import java.text.Normalizer;

import dev.marketassist.core.InvalidValue;

/**
 * Clean-up shared by the seller value objects before they check their rules.
 */
public final class Inputs {

	public static final String REQUIRED = "invalid.required";

	private Inputs() {
	}

	/**
	 * Folds full-width forms (typed with a Chinese input method, e.g. {@code "１３８"})
	 * to ASCII and refuses a missing or blank answer.
	 * @param raw what the user sent
	 * @return the folded, stripped text, never blank
	 * @throws InvalidValue {@code invalid.required} if {@code raw} is null or blank
	 */
	public static String required(String raw) {
		if (raw == null) {
			throw new InvalidValue(REQUIRED);
		}
		String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
		if (folded.isEmpty()) {
			throw new InvalidValue(REQUIRED);
		}
		return folded;
	}

	/**
	 * Removes every space (including no-break and ideographic spaces) and, if asked,
	 * every hyphen.
	 */
	public static String withoutSeparators(String s, boolean hyphens) {
		var out = new StringBuilder(s.length());
		s.codePoints()
			.filter((cp) -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && !(hyphens && cp == '-'))
			.forEach(out::appendCodePoint);
		return out.toString();
	}

	public static int length(String s) {
		return s.codePointCount(0, s.length());
	}

}
