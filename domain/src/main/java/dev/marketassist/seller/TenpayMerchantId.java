package dev.marketassist.seller;

import dev.marketassist.core.InvalidValue;

/**
 * A 财付通商户号 (Tenpay merchant ID), used for B2B corporate gateway payments by enterprise buyers.
 * <p>
 * Spaces are ignored; it must be ten digits starting with 1 (the rule lives in
 * {@code MerchantIdFormat}).
 */
public final class TenpayMerchantId {

	static final String INVALID = "invalid.merchant.tenpay";

	private final String value;

	private TenpayMerchantId(String value) {
		this.value = value;
	}

	/**
	 * Parses and checks a merchant ID.
	 * @param raw what the user sent
	 * @return the ID
	 * @throws InvalidValue {@code invalid.required} or {@code invalid.merchant.tenpay}
	 */
	public static TenpayMerchantId of(String raw) {
		return new TenpayMerchantId(MerchantIdFormat.check(raw, INVALID));
	}

	/**
	 * Tells whether {@link #of(String)} would accept the input.
	 * @param raw what the user sent
	 * @return {@code true} if it is a well-formed merchant ID
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

	/** The ten-digit ID. */
	public String value() {
		return value;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TenpayMerchantId id && value.equals(id.value);
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
