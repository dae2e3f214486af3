package dev.marketassist.provider;

import dev.marketassist.core.input.Inputs;
import java.util.Locale;

import dev.marketassist.core.InvalidValue;

/**
 * A Unified Social Credit Code (统一社会信用代码) as defined by GB 32100-2015: 18
 * characters from a 31-character alphabet, the 3rd to 8th being the administrative
 * division code and the 18th a check character over the first 17.
 * <p>
 * Input is normalised first: surrounding and inner spaces are removed, full-width
 * characters are folded to ASCII and lower case is accepted.
 */
public final class UnifiedSocialCreditCode {

	/** The characters a code may use, in the order of their values (no I, O, Z, S, V). */
	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	static final int LENGTH = 18;

	private static final int MODULUS = 31;

	private static final int[] WEIGHTS = weights();

	private final String value;

	private UnifiedSocialCreditCode(String value) {
		this.value = value;
	}

	/**
	 * Parses and checks a code.
	 * @param raw what the user sent
	 * @return the code, in upper case without spaces
	 * @throws InvalidValue {@code invalid.required}, {@code invalid.uscc.length} (actual
	 * length), {@code invalid.uscc.character} (character, 1-based position),
	 * {@code invalid.uscc.region} or {@code invalid.uscc.check}
	 */
	public static UnifiedSocialCreditCode of(String raw) {
		String code = Inputs.withoutSeparators(Inputs.required(raw), false).toUpperCase(Locale.ROOT);
		int length = Inputs.length(code);
		if (length != LENGTH) {
			throw new InvalidValue("invalid.uscc.length", length);
		}
		checkAlphabet(code);
		for (int i = 2; i < 8; i++) {
			if (!isAsciiDigit(code.charAt(i))) {
				throw new InvalidValue("invalid.uscc.region");
			}
		}
		if (code.charAt(17) != checkCharacter(code)) {
			throw new InvalidValue("invalid.uscc.check");
		}
		return new UnifiedSocialCreditCode(code);
	}

	/**
	 * Tells whether {@link #of(String)} would accept the input.
	 * @param raw what the user sent
	 * @return {@code true} if it is a valid code
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

	/** The normalised 18-character code. */
	public String value() {
		return value;
	}

	/**
	 * The check character for the first 17 characters of a code (all from the alphabet).
	 */
	static char checkCharacter(CharSequence code) {
		int sum = 0;
		for (int i = 0; i < LENGTH - 1; i++) {
			sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
		}
		int check = MODULUS - sum % MODULUS;
		return ALPHABET.charAt(check == MODULUS ? 0 : check);
	}

	private static void checkAlphabet(String code) {
		int position = 1;
		for (int i = 0; i < code.length(); position++) {
			int cp = code.codePointAt(i);
			if (ALPHABET.indexOf(cp) < 0) {
				throw new InvalidValue("invalid.uscc.character", new String(Character.toChars(cp)), position);
			}
			i += Character.charCount(cp);
		}
	}

	private static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static int[] weights() {
		int[] weights = new int[LENGTH - 1];
		int w = 1;
		for (int i = 0; i < weights.length; i++) {
			weights[i] = w;
			w = w * 3 % MODULUS;
		}
		return weights;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof UnifiedSocialCreditCode code && value.equals(code.value);
	}

	@Override
	public int hashCode() {
		return value.hashCode();
	}

	@Override
	public String toString() {
		return value;
	}

}
