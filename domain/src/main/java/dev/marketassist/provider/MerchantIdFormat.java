package dev.marketassist.provider;

import dev.marketassist.core.input.Inputs;
import java.util.regex.Pattern;

import dev.marketassist.core.InvalidValue;

/**
 * The one rule both payment merchant IDs follow, kept in one place so it can change.
 * <p>
 * WeChat Pay's API v3 only requires {@code ^[1-9]\d*$} for {@code mchid} (the v2 API
 * declares {@code String(32)}), but every merchant number it issues today, WeChat Pay and
 * Tenpay alike, is 10 digits starting with 1 ({@code 1230000109}, {@code 1900000109}).
 */
final class MerchantIdFormat {

	/** Ten digits, the first being 1. */
	static final Pattern FORMAT = Pattern.compile("1\\d{9}");

	private MerchantIdFormat() {
	}

	/**
	 * Normalises a merchant ID and checks it against {@link #FORMAT}.
	 * @param raw what the user sent
	 * @param code the message key to fail with
	 * @return the ID without spaces
	 */
	static String check(String raw, String code) {
		String id = Inputs.withoutSeparators(Inputs.required(raw), false);
		if (!FORMAT.matcher(id).matches()) {
			throw new InvalidValue(code);
		}
		return id;
	}

	/** Whether {@link #check} accepts the input. */
	static boolean accepts(String raw) {
		try {
			check(raw, "invalid");
			return true;
		}
		catch (InvalidValue ex) {
			return false;
		}
	}

}
