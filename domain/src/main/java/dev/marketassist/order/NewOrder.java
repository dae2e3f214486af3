package dev.marketassist.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.regex.Pattern;

import dev.marketassist.core.InvalidValue;

/**
 * A paid ops-service order as the marketplace reports it. Validated on construction; the
 * product and the provider are referenced by their IDs.
 *
 * @param marketplaceOrderId the marketplace's order ID (the key that makes creation idempotent)
 * @param buyerAccountId the buyer's marketplace account ID
 * @param providerId the provider's marketplace account ID
 * @param productId the product's ID
 * @param productName the product's name at purchase, for display (optional)
 * @param pricingPlan the pricing plan bought (spec and duration, e.g. "Standard · 1 month")
 * @param amount the amount paid, in yuan
 * @param paidAt when it was paid
 * @throws InvalidValue {@code invalid.order.*} for a missing or malformed value
 */
public record NewOrder(String marketplaceOrderId, String buyerAccountId, String providerId, String productId,
		String productName, String pricingPlan, BigDecimal amount, Instant paidAt) {

	private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	public NewOrder {
		reference("orderId", marketplaceOrderId);
		reference("buyerAccountId", buyerAccountId);
		reference("providerId", providerId);
		reference("productId", productId);
		productName = line(productName, false, "invalid.order.product-name");
		pricingPlan = line(pricingPlan, true, "invalid.order.pricing-plan");
		if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
			throw new InvalidValue("invalid.order.amount");
		}
		amount = amount.setScale(2);
		if (paidAt == null) {
			throw new InvalidValue("invalid.order.paid-at");
		}
	}

	private static void reference(String field, String value) {
		if (value == null || !REFERENCE.matcher(value).matches()) {
			throw new InvalidValue("invalid.order.reference", field);
		}
	}

	private static String line(String value, boolean required, String code) {
		String text = value == null ? "" : value.strip();
		if ((required && text.isEmpty()) || text.length() > 100 || text.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidValue(code);
		}
		return text.isEmpty() ? null : text;
	}

}
