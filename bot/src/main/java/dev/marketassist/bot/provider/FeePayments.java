package dev.marketassist.bot.provider;

import java.math.BigDecimal;
import java.util.List;

import dev.marketassist.dialogs.Dialogs;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.provider.ProviderButtons;
import dev.marketassist.provider.OnboardingManagement;
import dev.marketassist.provider.Operator;
import dev.marketassist.provider.Provider;
import org.springframework.stereotype.Component;

/**
 * A certification fee paid through the payment-link gateway: recorded in the domain, and every
 * operator of the provider told in chat, once. Used by the gateway's REST callback and by the
 * sandbox's "simulate payment".
 */
@Component
public class FeePayments {

	private final OnboardingManagement onboarding;

	private final Dialogs dialogs;

	FeePayments(OnboardingManagement onboarding, Dialogs dialogs) {
		this.onboarding = onboarding;
		this.dialogs = dialogs;
	}

	/**
	 * Idempotent: a repeated confirmation changes nothing and notifies nobody again.
	 * @param via who confirmed (the REST client's name, or the sandbox), recorded on the provider
	 */
	public Provider confirm(String reference, BigDecimal amount, String paymentId, String via) {
		Provider provider = onboarding.confirmFeePayment(reference, amount, paymentId, via);
		for (Operator operator : provider.team().operators()) {
			dialogs.notify(operator.telegramUserId(), "fee:" + provider.getId() + ":paid",
					t -> new Reply(t.get("provider.fee.received", provider.getCompanyName()),
							List.of(List.of(ProviderButtons.MERCHANT.button(t.plain("provider.button.merchant"))))));
		}
		return provider;
	}

}
