package dev.marketassist.bot.onboarding;

import java.math.BigDecimal;

import dev.marketassist.seller.Provider;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The payment gateway's callback: the certification fee of {@code reference} was paid. Idempotent:
 * a repeated confirmation changes nothing and notifies nobody again.
 */
@RestController
@Tag(name = "Payments", description = "Confirmations from the marketplace's payment gateway")
class PaymentCallbacks {

	private final FeePayments payments;

	PaymentCallbacks(FeePayments payments) {
		this.payments = payments;
	}

	/** What the gateway reports. */
	record Confirmation(@NotNull @Positive BigDecimal amount, @NotBlank String paymentId) {
	}

	/** The provider's fee state after the confirmation. */
	record FeeState(String providerId, String feeStatus) {
	}

	@PostMapping("/api/payments/{reference}/confirm")
	@Operation(summary = "Confirm that a certification fee payment succeeded")
	FeeState confirm(@PathVariable String reference, @Valid @RequestBody Confirmation confirmation) {
		Provider provider = payments.confirm(reference, confirmation.amount(), confirmation.paymentId());
		return new FeeState(provider.getId(), provider.getFeeStatus().name());
	}

}
