package dev.marketassist.provider;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The platform certification fee and how it is paid.
 *
 * @param certificationFee the fee in yuan ({@code MARKET_CERTIFICATION_FEE})
 * @param providerToken Telegram Payments provider token ({@code MARKET_PAYMENTS_PROVIDER_TOKEN});
 * blank: the payment-link gateway
 * @param linkBaseUrl the marketplace's payment page; the link adds {@code ?ref=<reference>}
 * @param reminderAfter when a seller who chose "not now" is reminded
 */
@ConfigurationProperties("market.payments")
public record PaymentSettings(BigDecimal certificationFee, String providerToken, String linkBaseUrl, Duration reminderAfter) {

	public PaymentSettings {
		certificationFee = certificationFee == null ? new BigDecimal("5000") : certificationFee;
		providerToken = providerToken == null ? "" : providerToken;
		linkBaseUrl = linkBaseUrl == null || linkBaseUrl.isBlank() ? "https://market.example.com/pay" : linkBaseUrl;
		reminderAfter = reminderAfter == null ? Duration.ofDays(3) : reminderAfter;
	}

}
