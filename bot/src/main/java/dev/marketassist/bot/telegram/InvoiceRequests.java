package dev.marketassist.bot.telegram;

import java.util.List;

import dev.marketassist.dialogs.Invoice;
import org.telegram.telegrambots.meta.api.methods.invoices.SendInvoice;
import org.telegram.telegrambots.meta.api.objects.payments.LabeledPrice;

/** The Bot API request for a payment request of the dialogs. */
final class InvoiceRequests {

	private InvoiceRequests() {
	}

	static SendInvoice of(long chatId, Invoice invoice, String providerToken) {
		return SendInvoice.builder()
			.chatId(chatId)
			.title(invoice.title())
			.description(invoice.description())
			.payload(invoice.payload())
			.providerToken(providerToken)
			.currency(invoice.currency())
			.prices(List.of(new LabeledPrice(invoice.title(), (int) invoice.amountMinor())))
			.build();
	}

}
