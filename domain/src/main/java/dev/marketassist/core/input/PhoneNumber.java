package dev.marketassist.core.input;

import java.util.EnumSet;
import java.util.Set;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;

import dev.marketassist.core.InvalidValue;
import dev.marketassist.core.Masking;

/**
 * A seller's contact phone: a mainland China (+86) mobile or fixed-line number, stored in
 * E.164 form.
 * <p>
 * Numbers without a country code are read as Chinese ({@code 13812345678},
 * {@code 010-12345678}, {@code 0755 8888 8888}); spaces, hyphens, brackets, full-width
 * digits and a {@code +86}/{@code 0086} prefix are accepted. Hong Kong, Macao, Taiwan and
 * foreign numbers are refused, as are service numbers (400, 800, 95xxx) that do not reach
 * a person. {@link #toString()} is masked, so the number can be logged.
 */
public final class PhoneNumber {

	static final String DEFAULT_REGION = "CN";

	/** The kinds of mainland numbers accepted as a contact phone. */
	static final Set<PhoneNumberType> ACCEPTED_TYPES = EnumSet.of(PhoneNumberType.MOBILE,
			PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE);

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private final String e164;

	private final boolean mobile;

	private PhoneNumber(String e164, boolean mobile) {
		this.e164 = e164;
		this.mobile = mobile;
	}

	/**
	 * Parses and checks a contact phone.
	 * @param raw what the user sent
	 * @return the number
	 * @throws InvalidValue {@code invalid.required}, {@code invalid.phone.letters},
	 * {@code invalid.phone.format}, {@code invalid.phone.region} or
	 * {@code invalid.phone.type}; never with the number as an argument
	 */
	public static PhoneNumber of(String raw) {
		String text = Inputs.required(raw);
		if (text.codePoints().anyMatch(Character::isLetter)) {
			throw new InvalidValue("invalid.phone.letters");
		}
		Phonenumber.PhoneNumber number = parse(text);
		if (!PHONES.isValidNumber(number)) {
			throw new InvalidValue("invalid.phone.format");
		}
		if (!DEFAULT_REGION.equals(PHONES.getRegionCodeForNumber(number))) {
			throw new InvalidValue("invalid.phone.region");
		}
		PhoneNumberType type = PHONES.getNumberType(number);
		if (!ACCEPTED_TYPES.contains(type)) {
			throw new InvalidValue("invalid.phone.type");
		}
		return new PhoneNumber(PHONES.format(number, PhoneNumberFormat.E164), type == PhoneNumberType.MOBILE);
	}

	/**
	 * Tells whether {@link #of(String)} would accept the input.
	 * @param raw what the user sent
	 * @return {@code true} if it is an acceptable contact phone
	 */
	public static boolean isValid(String raw) {
		try {
			of(raw);
			return true;
		}
		catch (InvalidValue ex) {
			return false;
		}
	}

	private static Phonenumber.PhoneNumber parse(String text) {
		try {
			return PHONES.parse(text, DEFAULT_REGION);
		}
		catch (NumberParseException ex) {
			throw new InvalidValue("invalid.phone.format");
		}
	}

	/** The number in E.164 form, e.g. {@code +8613812345678}. */
	public String e164() {
		return e164;
	}

	/** Whether this is a mobile number (it can receive SMS). */
	public boolean isMobile() {
		return mobile;
	}

	/** The number for display: {@code +86 138****5678} or {@code +86 755-******88}. */
	public String masked() {
		return Masking.phone(e164);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PhoneNumber phone && e164.equals(phone.e164);
	}

	@Override
	public int hashCode() {
		return e164.hashCode();
	}

	@Override
	public String toString() {
		return masked();
	}

}
