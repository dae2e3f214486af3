package dev.marketassist.seller;

import dev.marketassist.core.InvalidValue;

/**
 * The rules for a free-text answer, one constant per use.
 * <p>
 * {@link #check(String)} strips surrounding whitespace, turns {@code \r\n} and {@code \r}
 * into {@code \n}, and counts length in Unicode code points (an emoji counts as one).
 * Emoji and markup characters ({@code <}, {@code &}, {@code *}, ...) are kept verbatim:
 * escaping them is the renderer's job. Control characters other than a newline are
 * refused, and so is a newline in a single-line answer such as a name.
 */
public enum TextRule {

	/** A company's registered name (公司名称). */
	COMPANY_NAME(2, 100, false),

	/** A person's name, e.g. the contact (联系人). */
	PERSON_NAME(1, 50, false),

	/** A bank's name (开户银行). */
	BANK_NAME(2, 100, false),

	/** A bank branch (开户支行). */
	BANK_BRANCH(2, 100, false),

	/** The name on a bank account (开户名称). */
	ACCOUNT_HOLDER(2, 100, false),

	/** A longer free-text answer: descriptions, reasons, requirements. */
	LONG_TEXT(1, 1000, true),

	/**
	 * An answer to one field of an ops product's requirement-form template (the buyer's side): as
	 * long as the fixed form's description, since a field may well be "Requirement description".
	 */
	FORM_ANSWER(1, 1000, true);

	private final int min;

	private final int max;

	private final boolean multiline;

	TextRule(int min, int max, boolean multiline) {
		this.min = min;
		this.max = max;
		this.multiline = multiline;
	}

	/**
	 * Checks an answer and returns it cleaned up.
	 * @param raw what the user sent
	 * @return the stripped text with normalised line breaks
	 * @throws InvalidValue {@code invalid.required}, {@code invalid.text.too-long} (max,
	 * actual), {@code invalid.text.control}, {@code invalid.text.single-line} or
	 * {@code invalid.text.too-short} (min, actual)
	 */
	public String check(String raw) {
		if (raw == null) {
			throw new InvalidValue(Inputs.REQUIRED);
		}
		String text = raw.replace("\r\n", "\n").replace('\r', '\n').strip();
		if (text.isEmpty()) {
			throw new InvalidValue(Inputs.REQUIRED);
		}
		int length = Inputs.length(text);
		if (length > max) {
			throw new InvalidValue("invalid.text.too-long", max, length);
		}
		if (text.codePoints().anyMatch(TextRule::isControl)) {
			throw new InvalidValue("invalid.text.control");
		}
		if (!multiline && text.codePoints().anyMatch(TextRule::isLineBreak)) {
			throw new InvalidValue("invalid.text.single-line");
		}
		if (length < min) {
			throw new InvalidValue("invalid.text.too-short", min, length);
		}
		return text;
	}

	/**
	 * Tells whether {@link #check(String)} would accept the input.
	 * @param raw what the user sent
	 * @return {@code true} if the answer meets this rule
	 */
	public boolean isValid(String raw) {
		try {
			check(raw);
			return true;
		}
		catch (InvalidValue ex) {
			return false;
		}
	}

	/** Fewest code points accepted. */
	public int min() {
		return min;
	}

	/** Most code points accepted. */
	public int max() {
		return max;
	}

	private static boolean isControl(int cp) {
		// an unpaired surrogate is not text either, and breaks encoders downstream
		int type = Character.getType(cp);
		return (type == Character.CONTROL && cp != '\n') || type == Character.SURROGATE;
	}

	private static boolean isLineBreak(int cp) {
		return cp == '\n' || cp == '\u2028' || cp == '\u2029';
	}

}
