package dev.marketassist.core.input;

import dev.marketassist.shop.Shop;
import dev.marketassist.core.InvalidValue;

/**
 * The rules for a free-text answer, one constant per kind of value.
 * <p>
 * {@link #check(String)} strips surrounding whitespace, turns {@code \r\n} and {@code \r}
 * into {@code \n}, and counts length in Unicode code points (an emoji counts as one).
 * Control characters other than a newline are refused, and so is a newline in a single-line
 * answer such as a name.
 * <p>
 * <b>Names</b> (of a company, a person, a bank, a branch, an account holder) are names: letters of
 * any script, digits, spaces and the punctuation real names use ({@code · ( ) （ ） & . , ' -}),
 * with at least one letter. Emoji, markup ({@code <b>}), operator-like input
 * ({@code {"$gt": ""}}) and other symbols are refused with {@code invalid.name.<kind>}; a blank
 * (also one made only of invisible or filler characters) with {@code invalid.name.<kind>.blank}.
 * <b>Shop texts</b> (the shop's scope, features, featured products) are prose: any punctuation,
 * but no emoji, no markup and none of {@code $ { } < >} ({@code invalid.text.plain}). Other texts
 * keep emoji and markup characters verbatim: escaping them is the renderer's job.
 */
public enum TextRule {

	/** A company's registered name (公司名称). */
	COMPANY_NAME(2, 100, false, Chars.NAME, "company"),

	/** A person's name, e.g. the contact (联系人). */
	PERSON_NAME(1, 50, false, Chars.NAME, "person"),

	/** A bank's name (开户银行). */
	BANK_NAME(2, 100, false, Chars.NAME, "bank"),

	/** A bank branch (开户支行). */
	BANK_BRANCH(2, 100, false, Chars.NAME, "branch"),

	/** The name on a bank account (开户名称). */
	ACCOUNT_HOLDER(2, 100, false, Chars.NAME, "holder"),

	/** A short single-line text that is not a name (a product's category, version, machine type). */
	SHORT_TEXT(1, 50, false, Chars.ANY, null),

	/** What a shop tells buyers: its scope, features, featured products. */
	SHOP_TEXT(1, 1000, true, Chars.PLAIN, null),

	/** A longer free-text answer: descriptions, reasons, requirements. */
	LONG_TEXT(1, 1000, true),

	/**
	 * An answer to one field of an ops product's requirement-form template (the buyer's side): as
	 * long as the fixed form's description, since a field may well be "Requirement description".
	 */
	FORM_ANSWER(1, 1000, true);

	/** Which characters a text may contain. */
	private enum Chars {

		ANY, NAME, PLAIN

	}

	/** The punctuation names use, besides letters, digits and spaces. */
	private static final String NAME_PUNCTUATION = "·・()（）&.,'-，．’";

	/** Symbols prose of a shop must not contain: markup and operator-like input. */
	private static final String NOT_PLAIN = "${}<>";

	private final int min;

	private final int max;

	private final boolean multiline;

	private final Chars chars;

	/** The kind of name in the message keys ({@code invalid.name.<kind>}), or {@code null}. */
	private final String kind;

	TextRule(int min, int max, boolean multiline) {
		this(min, max, multiline, Chars.ANY, null);
	}

	TextRule(int min, int max, boolean multiline, Chars chars, String kind) {
		this.min = min;
		this.max = max;
		this.multiline = multiline;
		this.chars = chars;
		this.kind = kind;
	}

	/**
	 * Checks an answer and returns it cleaned up.
	 * @param raw what the user sent
	 * @return the stripped text with normalised line breaks
	 * @throws InvalidValue {@code invalid.required}, {@code invalid.text.too-long} (max,
	 * actual), {@code invalid.text.control}, {@code invalid.text.single-line} or
	 * {@code invalid.text.too-short} (min, actual); for names {@code invalid.name.<kind>.blank}
	 * and {@code invalid.name.<kind>}; for shop texts {@code invalid.text.plain}
	 */
	public String check(String raw) {
		if (chars == Chars.NAME && (raw == null || raw.codePoints().allMatch(TextRule::isBlank))) {
			throw new InvalidValue("invalid.name." + kind + ".blank");
		}
		if (raw == null) {
			throw new InvalidValue(Inputs.REQUIRED);
		}
		String text = raw.replace("\r\n", "\n").replace('\r', '\n').strip();
		if (chars == Chars.NAME) {
			text = text.codePoints()
				.map(cp -> Character.getType(cp) == Character.SPACE_SEPARATOR ? ' ' : cp)
				.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
				.toString()
				.strip();
		}
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
		if (chars == Chars.NAME && !(text.codePoints().allMatch(TextRule::isNameChar) && text.codePoints().anyMatch(Character::isLetter))) {
			throw new InvalidValue("invalid.name." + kind);
		}
		if (chars == Chars.PLAIN && text.codePoints().anyMatch(cp -> NOT_PLAIN.indexOf(cp) >= 0 || isPictograph(cp))) {
			throw new InvalidValue("invalid.text.plain");
		}
		if (length < min) {
			throw new InvalidValue("invalid.text.too-short", min, length);
		}
		return text;
	}

	/** Letters of any script (with their combining marks), digits, a space, a name's punctuation. */
	private static boolean isNameChar(int cp) {
		int type = Character.getType(cp);
		return (Character.isLetter(cp) && !isFiller(cp)) || Character.isDigit(cp) || cp == ' '
				|| type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| NAME_PUNCTUATION.indexOf(cp) >= 0;
	}

	/** Nothing a reader would see: whitespace, invisible format characters, Hangul fillers. */
	private static boolean isBlank(int cp) {
		return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT
				|| isFiller(cp);
	}

	private static boolean isFiller(int cp) {
		return cp == 0x3164 || cp == 0x115F || cp == 0x1160 || cp == 0xFFA0;
	}

	/** Emoji and other pictographs (symbols, variation selectors, keycaps). */
	private static boolean isPictograph(int cp) {
		int type = Character.getType(cp);
		return type == Character.OTHER_SYMBOL || (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0xFE00 && cp <= 0xFE0F)
				|| cp == 0x20E3;
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
