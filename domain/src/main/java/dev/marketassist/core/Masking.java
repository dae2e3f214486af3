package dev.marketassist.core;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * Masks sensitive values for display and logs: only a short tail (and, for phone
 * numbers, the country and area code or mobile prefix) stays readable.
 * <p>
 * Masked forms use ASCII {@code *} and digits only, so they read the same in Chinese
 * and English and need no translation.
 */
public final class Masking {

	/** What stands for the hidden part of a value. */
	public static final String MASK = "****";

	/** Phone masks show prefix and tail only if at least this many digits stay hidden. */
	private static final int MIN_HIDDEN = 4;

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private Masking() {
	}

	/**
	 * Masks all but the last {@code visible} code points of {@code s}: {@code "**** 1234"}.
	 * The mask has a fixed width, so the length of the value is not revealed; a value
	 * too short to hide anything shows no tail at all.
	 * @param s the clear value; {@code null} gives an empty string
	 * @param visible how many trailing code points stay readable
	 * @return the masked value
	 */
	public static String tail(String s, int visible) {
		if (s == null) {
			return "";
		}
		int length = s.codePointCount(0, s.length());
		int shown = Math.min(Math.max(visible, 0), length / 2);
		if (shown == 0) {
			return MASK;
		}
		return MASK + " " + s.substring(s.offsetByCodePoints(0, length - shown));
	}

	/**
	 * Masks an E.164 phone number: a mobile keeps its first 3 and last 4 digits
	 * ({@code "+86 138****5678"}), a landline its area code and last 2 digits
	 * ({@code "+86 755-******88"}), anything else (or a number too short to hide 4 digits
	 * that way) only its last 2 digits.
	 * @param e164 a number such as {@code +8613812345678}
	 * @return the masked number; never the clear number, also not for bad input
	 */
	public static String phone(String e164) {
		if (e164 == null) {
			return "";
		}
		try {
			return phone(PHONES.parse(e164, null));
		}
		catch (NumberParseException ex) {
			return tail(e164, 2);
		}
	}

	private static String phone(Phonenumber.PhoneNumber number) {
		String prefix = "+" + number.getCountryCode() + " ";
		String national = PHONES.getNationalSignificantNumber(number);
		if (PHONES.getNumberType(number) == PhoneNumberType.MOBILE && national.length() >= 3 + MIN_HIDDEN + 4) {
			return prefix + national.substring(0, 3) + hidden(national.length() - 7) + last(national, 4);
		}
		int area = PHONES.getLengthOfGeographicalAreaCode(number);
		if (area > 0 && national.length() >= area + MIN_HIDDEN + 2) {
			return prefix + national.substring(0, area) + "-" + hidden(national.length() - area - 2)
					+ last(national, 2);
		}
		return prefix + tail(national, 2);
	}

	private static String hidden(int digits) {
		return "*".repeat(digits);
	}

	private static String last(String s, int n) {
		return s.substring(s.length() - n);
	}

}
