package dev.marketassist.bot.telegram;

import dev.marketassist.bot.sending.OutboundMessages;
import dev.marketassist.dialogs.Conversation;
import dev.marketassist.dialogs.Dialogs;
import dev.marketassist.provider.OnboardingManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerPreCheckoutQuery;
import org.telegram.telegrambots.meta.api.objects.payments.PreCheckoutQuery;

/**
 * Answers Telegram's pre-checkout query of a certification-fee invoice (within Telegram's ten
 * seconds): yes if the invoice is the provider's current, unpaid fee payment at the full amount.
 * The successful payment itself arrives as a message and is recorded idempotently by the dialogs.
 */
final class TelegramPayments {

	private static final Logger log = LoggerFactory.getLogger(TelegramPayments.class);

	private final OutboundMessages sender;

	private final OnboardingManagement onboarding;

	private final Dialogs dialogs;

	TelegramPayments(OutboundMessages sender, OnboardingManagement onboarding, Dialogs dialogs) {
		this.sender = sender;
		this.onboarding = onboarding;
		this.dialogs = dialogs;
	}

	void answer(PreCheckoutQuery query) {
		boolean ok;
		try {
			ok = onboarding.acceptsFeePayment(query.getInvoicePayload(), query.getCurrency(), query.getTotalAmount());
		}
		catch (RuntimeException ex) {
			log.warn("Checking a pre-checkout query failed: {}", ex.toString());
			ok = false;
		}
		var answer = AnswerPreCheckoutQuery.builder().preCheckoutQueryId(query.getId()).ok(ok);
		if (!ok) {
			var from = query.getFrom();
			answer.errorMessage(dialogs.texts(new Conversation(from.getId(), from.getId(), from.getLanguageCode(), null))
				.plain("payment.refused"));
		}
		sender.sendNow(answer.build()).exceptionally(error -> {
			log.warn("Answering a pre-checkout query failed: {}", error.toString());
			return null;
		});
	}

}
