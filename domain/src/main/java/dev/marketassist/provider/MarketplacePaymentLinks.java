package dev.marketassist.provider;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

/** The default gateway: the marketplace's own payment page, confirmed by its REST callback. */
@Component
class MarketplacePaymentLinks implements PaymentGateway {

	private final PaymentSettings settings;

	MarketplacePaymentLinks(PaymentSettings settings) {
		this.settings = settings;
	}

	@Override
	public String paymentLink(String reference, BigDecimal amount) {
		return settings.linkBaseUrl() + "?ref=" + reference + "&amount=" + amount.toPlainString();
	}

}
