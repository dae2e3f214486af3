package dev.marketassist.dialogs.onboarding;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.Deadlines;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.review.ReviewTicket;
import dev.marketassist.seller.PaymentSettings;
import dev.marketassist.seller.Provider;
import dev.marketassist.shop.Shop;

/**
 * The texts and buttons of the onboarding steps after the company details, shared by the
 * seller feature, the notifications and the dialogs' submit replies. Buttons are
 * {@link SellerButtons}; the feature re-checks the state when pressed.
 */
final class SellerSteps {

	private SellerSteps() {
	}

	static Button button(Texts t, String label, SellerButtons action) {
		return action.button(t.plain(label));
	}

	/** The fee step: pay now or not now. */
	static Reply feeOffer(Texts t, PaymentSettings payments) {
		return new Reply(t.get("seller.fee.offer", payments.certificationFee()),
				List.of(List.of(button(t, "seller.button.pay", SellerButtons.PAY), button(t, "seller.button.later", SellerButtons.LATER))));
	}

	/** The checklist of /status, with a button to the next missing step. */
	static Reply checklist(Texts t, Provider provider, Optional<Shop> shop, Optional<ReviewTicket> ticket, ZoneId zone,
			PaymentSettings payments) {
		if (provider == null) {
			return new Reply(t.get("seller.status.none"),
					List.of(List.of(dev.marketassist.dialogs.menu.ConversationRouter.sellerButton(t.plain("menu.seller")))));
		}
		StringBuilder html = new StringBuilder(t.get("seller.status.title"));
		html.append("\n").append(t.get("seller.status.agreement", provider.getAgreementVersion()));
		html.append("\n").append(t.get("seller.status.verified"));
		html.append("\n").append(t.get("seller.status.company", provider.getCompanyName(), provider.getId()));
		html.append("\n").append(t.get("seller.status.fee." + provider.fee().status().name().toLowerCase(), payments.certificationFee()));
		boolean paid = provider.fee().paid();
		if (!paid) {
			html.append("\n").append(t.get("seller.status.merchant.waiting"));
		}
		else if (provider.isPurchasable()) {
			html.append("\n").append(t.get("seller.status.merchant.set"));
		}
		else {
			html.append("\n").append(t.get("seller.status.merchant.missing"));
		}
		if (shop.isEmpty()) {
			html.append("\n").append(t.get("seller.status.shop.none"));
		}
		else {
			String due = ticket.map(ReviewTicket::getDueAt).map(d -> Deadlines.lastDay(d, zone)).orElse("—");
			html.append("\n").append(t.get("seller.status.shop." + shop.get().getStatus().name().toLowerCase(), due));
		}
		List<List<Button>> keyboard = new ArrayList<>();
		if (!paid) {
			keyboard.add(List.of(button(t, "seller.button.pay", SellerButtons.PAY)));
		}
		else if (!provider.isPurchasable()) {
			keyboard.add(List.of(button(t, "seller.button.merchant", SellerButtons.MERCHANT)));
		}
		if (shop.isEmpty()) {
			keyboard.add(List.of(button(t, "seller.button.shop", SellerButtons.SHOP)));
		}
		return new Reply(html.toString(), keyboard);
	}

}
