package dev.marketassist.provider;

import java.math.BigDecimal;

/**
 * Where the certification fee is paid. The default gives a link to the marketplace's payment
 * page; the marketplace confirms the payment on the REST callback
 * ({@code POST /api/payments/{reference}/confirm}). Other gateways implement this interface.
 */
public interface PaymentGateway {

	/** A link where the seller pays {@code amount} yuan for {@code reference}. */
	String paymentLink(String reference, BigDecimal amount);

}
