package dev.marketassist.provider;

import dev.marketassist.core.InvalidValue;

/**
 * A 财付通商户号 (Tenpay merchant ID), used for B2B corporate gateway payments by enterprise buyers.
 * <p>
 * Spaces are ignored; it must be ten digits starting with 1 (the rule lives in
 * {@code MerchantIdFormat}).
 *
 * @param value the ten-digit ID
 */
public record TenpayMerchantId(String value) {

	static final String INVALID = "invalid.merchant.tenpay";

	/**
	 * Checks a merchant ID.
	 * @throws InvalidValue {@code invalid.required} or {@code invalid.merchant.tenpay}
	 */
	public TenpayMerchantId {
		value = MerchantIdFormat.check(value, INVALID);
	}

	/**
	 * Parses and checks a merchant ID.
	 * @param raw what the user sent
	 * @return the ID
	 * @throws InvalidValue {@code invalid.required} or {@code invalid.merchant.tenpay}
	 */
	public static TenpayMerchantId of(String raw) {
		return new TenpayMerchantId(raw);
	}

	/**
	 * Tells whether {@link #of(String)} would accept the input.
	 * @param raw what the user sent
	 * @return {@code true} if it is a well-formed merchant ID
	 */
	public static boolean isValid(String raw) {
		return MerchantIdFormat.accepts(raw);
	}

	@Override
	public String toString() {
		return value;
	}

}
