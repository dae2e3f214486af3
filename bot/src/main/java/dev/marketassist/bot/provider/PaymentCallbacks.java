package dev.marketassist.bot.provider;

import java.math.BigDecimal;

import dev.marketassist.bot.security.ApiClient;
import dev.marketassist.provider.Provider;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The payment gateway's callback: the certification fee of {@code reference} was paid. Idempotent:
 * a repeated confirmation changes nothing and notifies nobody again. Needs scope {@code payments};
 * the client that confirmed is recorded on the provider ({@code feeConfirmedVia}) and logged.
 */
@RestController
@PreAuthorize("hasAuthority('SCOPE_payments')")
@Tag(name = "Payments", description = "Confirmations from the marketplace's payment gateway")
class PaymentCallbacks {

	private static final Logger log = LoggerFactory.getLogger(PaymentCallbacks.class);

	private final FeePayments payments;

	PaymentCallbacks(FeePayments payments) {
		this.payments = payments;
	}

	/** What the gateway reports. */
	record Confirmation(@NotNull @Positive BigDecimal amount, @NotBlank @Size(max = 1000) String paymentId) {
	}

	/** The provider's fee state after the confirmation. */
	record FeeState(String providerId, String feeStatus) {
	}

	@PostMapping("/api/payments/{reference}/confirm")
	@Operation(summary = "Confirm that a certification fee payment succeeded")
	FeeState confirm(@PathVariable String reference, @Valid @RequestBody Confirmation confirmation,
			@AuthenticationPrincipal ApiClient client) {
		log.info("REST client '{}' confirms payment {} of fee {}", client.name(), confirmation.paymentId(), reference);
		Provider provider = payments.confirm(reference, confirmation.amount(), confirmation.paymentId(), client.name());
		return new FeeState(provider.getId(), provider.fee().status().name());
	}

}
