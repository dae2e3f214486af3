package dev.marketassist.provider;

import dev.marketassist.core.InvalidValue;

/**
 * A 微信支付商户号 (WeChat Pay merchant ID), used when individual buyers pay with WeChat Pay.
 * <p>
 * Spaces are ignored; it must be ten digits starting with 1 (the rule lives in
 * {@code MerchantIdFormat}).
 *
 * @param value the ten-digit ID
 */
public record WeChatPayMerchantId(String value) {

	static final String INVALID = "invalid.merchant.wechat";

	/**
	 * Checks a merchant ID.
	 * @throws InvalidValue {@code invalid.required} or {@code invalid.merchant.wechat}
	 */
	public WeChatPayMerchantId {
		value = MerchantIdFormat.check(value, INVALID);
	}

	/**
	 * Parses and checks a merchant ID.
	 * @param raw what the user sent
	 * @return the ID
	 * @throws InvalidValue {@code invalid.required} or {@code invalid.merchant.wechat}
	 */
	public static WeChatPayMerchantId of(String raw) {
		return new WeChatPayMerchantId(raw);
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
