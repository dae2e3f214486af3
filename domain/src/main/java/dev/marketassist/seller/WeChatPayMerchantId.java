package dev.marketassist.seller;

import dev.marketassist.core.InvalidValue;

/**
 * A 微信支付商户号 (WeChat Pay merchant ID), used when individual buyers pay with WeChat Pay.
 * <p>
 * Spaces are ignored; it must be ten digits starting with 1 (the rule lives in
 * {@code MerchantIdFormat}).
 */
public final class WeChatPayMerchantId {

	static final String INVALID = "invalid.merchant.wechat";

	private final String value;

	private WeChatPayMerchantId(String value) {
		this.value = value;
	}

	/**
	 * Parses and checks a merchant ID.
	 * @param raw what the user sent
	 * @return the ID
	 * @throws InvalidValue {@code invalid.required} or {@code invalid.merchant.wechat}
	 */
	public static WeChatPayMerchantId of(String raw) {
		return new WeChatPayMerchantId(MerchantIdFormat.check(raw, INVALID));
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
		return other instanceof WeChatPayMerchantId id && value.equals(id.value);
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
