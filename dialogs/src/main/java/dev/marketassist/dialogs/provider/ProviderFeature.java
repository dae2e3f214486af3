package dev.marketassist.dialogs.provider;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.marketassist.core.Refused;
import dev.marketassist.core.calendar.WorkingDayCalendar;
import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.Input;
import dev.marketassist.dialogs.Invoice;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.dialogs.Words;
import dev.marketassist.dialogs.engine.ButtonType;
import dev.marketassist.dialogs.engine.ChatFeature;
import dev.marketassist.dialogs.engine.DialogEngine;
import dev.marketassist.dialogs.engine.Turn;
import dev.marketassist.review.ReviewTicket;
import dev.marketassist.review.ReviewTickets;
import dev.marketassist.provider.MerchantChanges;
import dev.marketassist.provider.OnboardingManagement;
import dev.marketassist.provider.Provider;
import dev.marketassist.provider.Providers;
import dev.marketassist.shop.Shop;
import dev.marketassist.shop.ShopManagement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The seller's onboarding outside the step-by-step dialogs: /status (the checklist with a button
 * to the next missing step), the fee (pay now, not now), the merchant and shop dialogs, "My shop"
 * (purchasable or not, and why) and the "My products" gate (fee first). The team and its
 * invitations are {@code TeamFeature}'s.
 */
@Component
class ProviderFeature implements ChatFeature {

	private final OnboardingManagement onboarding;

	private final MerchantChanges merchants;

	private final Providers providers;

	private final ShopManagement shops;

	private final ReviewTickets tickets;

	private final WorkingDayCalendar calendar;

	private final ObjectProvider<DialogEngine> engine;

	ProviderFeature(OnboardingManagement onboarding, MerchantChanges merchants, Providers providers, ShopManagement shops,
			ReviewTickets tickets, WorkingDayCalendar calendar, ObjectProvider<DialogEngine> engine) {
		this.onboarding = onboarding;
		this.merchants = merchants;
		this.providers = providers;
		this.shops = shops;
		this.tickets = tickets;
		this.calendar = calendar;
		this.engine = engine;
	}

	@Override
	public Set<String> commands() {
		return Set.of("status");
	}

	@Override
	public void command(Turn turn, String command, String argument) {
		status(turn);
	}

	@Override
	public String menuItem() {
		return "shop";
	}

	@Override
	public void openFromMenu(Turn turn) {
		myShop(turn);
	}

	@Override
	public ButtonType.Route<?> buttons() {
		return ProviderButtons.TYPE.route(this::press);
	}

	private void press(Turn turn, ButtonType.Press<ProviderButtons> press) {
		try {
			switch (press.action()) {
				case PAY -> pay(turn);
				case LATER -> later(turn);
				case MERCHANT -> startDialog(turn, MerchantDialog.NAME);
				case SHOP -> startDialog(turn, ShopDialog.NAME);
				case STATUS -> status(turn);
			}
		}
		catch (Refused refused) {
			refuse(turn, refused);
		}
	}

	void status(Turn turn) {
		Provider provider = providers.findFirstByOperatorsTelegramUserId(turn.from().userId()).orElse(null);
		Optional<Shop> shop = provider == null ? Optional.empty() : shops.shopOf(provider.getId());
		Optional<ReviewTicket> ticket = shop.map(Shop::getReviewTicketId).flatMap(tickets::findById);
		Reply reply = ProviderSteps.checklist(turn.texts(), provider, shop, ticket, calendar.zone(), onboarding.payments());
		List<List<Button>> keyboard = new java.util.ArrayList<>(reply.keyboard());
		if (provider != null && provider.isPurchasable() && provider.isOwner(turn.from().userId())) {
			keyboard.add(List.of(ProviderSteps.button(turn.texts(), "provider.button.merchant-change", ProviderButtons.MERCHANT)));
		}
		turn.prompt(reply.html(), keyboard);
	}

	private void pay(Turn turn) {
		OnboardingManagement.FeePayment payment = onboarding.startFeePayment(turn.from().userId());
		Texts t = turn.texts();
		if (!onboarding.payments().providerToken().isBlank()) {
			// Telegram Payments: an invoice in the chat; the payment arrives as a message
			turn.retirePressed();
			turn.invoice(new Invoice(t.plain("provider.fee.invoice-title"),
					t.plain("provider.fee.invoice-description", payment.reference()), payment.reference(), "CNY",
					payment.amount().movePointRight(2).longValueExact()));
			return;
		}
		turn.replacePressed(t.get("provider.fee.pay", payment.amount()),
				List.of(List.of(Button.link(t.plain("provider.button.pay-link", payment.amount()), payment.link())),
						List.of(ProviderSteps.button(t, "provider.button.status", ProviderButtons.STATUS))));
	}

	@Override
	public String paymentPrefix() {
		return "FEE-";
	}

	@Override
	public void paid(Turn turn, Input.Payment payment) {
		Texts t = turn.texts();
		Provider provider;
		try {
			provider = onboarding.confirmFeePayment(payment.payload(),
					java.math.BigDecimal.valueOf(payment.amountMinor()).movePointLeft(2), payment.chargeId());
		}
		catch (dev.marketassist.core.NotFound | dev.marketassist.core.InvalidValue unmatched) {
			turn.say(t.get("payment.unknown"));
			return;
		}
		turn.prompt(t.get("provider.fee.received", provider.getCompanyName()),
				List.of(List.of(ProviderSteps.button(t, "provider.button.merchant", ProviderButtons.MERCHANT))));
	}

	private void later(Turn turn) {
		onboarding.deferFee(turn.from().userId());
		Texts t = turn.texts();
		turn.replacePressed(t.get("provider.fee.deferred", onboarding.payments().reminderAfter().toDays()),
				List.of(List.of(ProviderSteps.button(t, "provider.button.shop", ProviderButtons.SHOP)),
						List.of(ProviderSteps.button(t, "provider.button.status", ProviderButtons.STATUS))));
	}

	private void startDialog(Turn turn, String dialog) {
		if (MerchantDialog.NAME.equals(dialog)) {
			merchants.requireMayChange(turn.from().userId());
		}
		else {
			onboarding.providerOf(turn.from().userId());
		}
		turn.retirePressed();
		engine.getObject().start(turn, dialog);
	}

	private void myShop(Turn turn) {
		Texts t = turn.texts();
		Provider provider = providers.findFirstByOperatorsTelegramUserId(turn.from().userId()).orElse(null);
		if (provider == null) {
			status(turn);
			return;
		}
		Optional<Shop> shop = shops.shopOf(provider.getId());
		if (shop.isEmpty()) {
			turn.prompt(t.get("provider.shop.none"), List.of(List.of(ProviderSteps.button(t, "provider.button.shop", ProviderButtons.SHOP))));
			return;
		}
		StringBuilder html = new StringBuilder(t.get("provider.shop.view", provider.getCompanyName(),
				t.plain("provider.shop.status." + shop.get().getStatus().name().toLowerCase()), shop.get().getScope(),
				Words.contact(t, shop.get().getServiceContact())));
		if (!provider.isPurchasable()) {
			html.append("\n\n").append(t.get("provider.shop.not-purchasable"));
			turn.prompt(html.toString(), List.of(List.of(ProviderSteps.button(t,
					provider.fee().paid() ? "provider.button.merchant" : "provider.button.pay",
					provider.fee().paid() ? ProviderButtons.MERCHANT : ProviderButtons.PAY))));
			return;
		}
		html.append("\n\n").append(t.get("provider.shop.purchasable"));
		if (provider.isOwner(turn.from().userId())) {
			turn.prompt(html.toString(), List.of(List.of(ProviderSteps.button(t, "provider.button.merchant-change", ProviderButtons.MERCHANT))));
			return;
		}
		turn.say(html.toString());
	}

	private void refuse(Turn turn, Refused refused) {
		Texts t = turn.texts();
		turn.notice(t.plain(refused));
		if ("refused.fee.unpaid".equals(refused.code())) {
			turn.prompt(t.get(refused.code()), List.of(List.of(ProviderSteps.button(t, "provider.button.pay", ProviderButtons.PAY))));
		}
		else {
			turn.say(t.get(refused));
		}
	}

}
