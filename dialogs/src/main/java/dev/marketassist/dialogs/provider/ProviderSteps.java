package dev.marketassist.dialogs.provider;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.Deadlines;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.review.ReviewTicket;
import dev.marketassist.provider.PaymentSettings;
import dev.marketassist.provider.Provider;
import dev.marketassist.shop.Shop;

/**
 * The texts and buttons of the onboarding steps after the company details, shared by the
 * seller feature, the notifications and the dialogs' submit replies. Buttons are
 * {@link ProviderButtons}; the feature re-checks the state when pressed.
 */
final class ProviderSteps {

	private ProviderSteps() {
	}

	static Button button(Texts t, String label, ProviderButtons action) {
		return action.button(t.plain(label));
	}

	/** The fee step: pay now or not now. */
	static Reply feeOffer(Texts t, PaymentSettings payments) {
		return new Reply(t.get("provider.fee.offer", payments.certificationFee()),
				List.of(List.of(button(t, "provider.button.pay", ProviderButtons.PAY), button(t, "provider.button.later", ProviderButtons.LATER))));
	}

	/** The checklist of /status, with a button to the next missing step. */
	static Reply checklist(Texts t, Provider provider, Optional<Shop> shop, Optional<ReviewTicket> ticket, ZoneId zone,
			PaymentSettings payments) {
		if (provider == null) {
			return new Reply(t.get("provider.status.none"),
					List.of(List.of(dev.marketassist.dialogs.menu.ConversationRouter.sellerButton(t.plain("menu.seller")))));
		}
		StringBuilder html = new StringBuilder(t.get("provider.status.title"));
		html.append("\n").append(t.get("provider.status.agreement", provider.getAgreementVersion()));
		html.append("\n").append(t.get("provider.status.verified"));
		html.append("\n").append(t.get("provider.status.company", provider.getCompanyName(), provider.getId()));
		html.append("\n").append(t.get("provider.status.fee." + provider.fee().status().name().toLowerCase(), payments.certificationFee()));
		boolean paid = provider.fee().paid();
		if (!paid) {
			html.append("\n").append(t.get("provider.status.merchant.waiting"));
		}
		else if (provider.isPurchasable()) {
			html.append("\n").append(t.get("provider.status.merchant.set"));
		}
		else {
			html.append("\n").append(t.get("provider.status.merchant.missing"));
		}
		if (shop.isEmpty()) {
			html.append("\n").append(t.get("provider.status.shop.none"));
		}
		else {
			String due = ticket.map(ReviewTicket::getDueAt).map(d -> Deadlines.lastDay(d, zone)).orElse("—");
			html.append("\n").append(t.get("provider.status.shop." + shop.get().getStatus().name().toLowerCase(), due));
		}
		List<List<Button>> keyboard = new ArrayList<>();
		if (!paid) {
			keyboard.add(List.of(button(t, "provider.button.pay", ProviderButtons.PAY)));
		}
		else if (!provider.isPurchasable()) {
			keyboard.add(List.of(button(t, "provider.button.merchant", ProviderButtons.MERCHANT)));
		}
		if (shop.isEmpty()) {
			keyboard.add(List.of(button(t, "provider.button.shop", ProviderButtons.SHOP)));
		}
		return new Reply(html.toString(), keyboard);
	}

}
