package dev.marketassist.dialogs.order;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.dialogs.engine.Turn;
import dev.marketassist.order.Order;
import dev.marketassist.order.OrderAccess;
import dev.marketassist.order.OrderSide;
import dev.marketassist.order.OrderStatus;
import dev.marketassist.provider.Provider;
import org.springframework.stereotype.Component;

/**
 * The order lists: a provider's operators see their orders counted by status and open one status
 * at a time; a buyer sees the orders linked to their chat. Someone who is both sees the
 * provider's view with a button to the orders they bought.
 */
@Component
class OrderLists {

	private static final int LIMIT = 20;

	private final OrderAccess access;

	private final OrderCards cards;

	OrderLists(OrderAccess access, OrderCards cards) {
		this.access = access;
		this.cards = cards;
	}

	/** /orders and the main menu's item: the overview for whoever asks. */
	void overview(Turn turn, boolean inPlace) {
		Texts t = turn.texts();
		long user = turn.from().userId();
		Optional<Provider> provider = access.providerOperatedBy(user);
		if (provider.isPresent()) {
			providerOverview(turn, provider.get(), inPlace);
		}
		else if (!access.ofBuyer(user, 1).isEmpty()) {
			bought(turn, inPlace);
		}
		else {
			show(turn, t.get("order.overview.none"), List.of(), inPlace);
		}
	}

	/** A list button: {@code a} the overview, {@code b} the orders bought, else a status. */
	void list(Turn turn, String filter) {
		if ("a".equals(filter)) {
			overview(turn, true);
			return;
		}
		if ("b".equals(filter)) {
			bought(turn, true);
			return;
		}
		Provider provider = access.providerOperatedBy(turn.from().userId()).orElse(null);
		OrderStatus status = Arrays.stream(OrderStatus.values()).filter(s -> s.name().equals(filter)).findFirst().orElse(null);
		if (provider == null || status == null) {
			overview(turn, true);
			return;
		}
		Texts t = turn.texts();
		List<Order> orders = access.ofProvider(provider.getId(), status, LIMIT);
		String label = t.plain("order.status.provider." + status.name());
		StringBuilder html = new StringBuilder(t.get("order.list.title", label, access.countOfProvider(provider.getId(), status)));
		List<List<Button>> rows = lines(t, orders, OrderSide.PROVIDER, html);
		rows.add(List.of(OrderButtons.LIST.button(t.plain("order.button.list"), "a")));
		show(turn, html.toString(), rows, true);
	}

	private void providerOverview(Turn turn, Provider provider, boolean inPlace) {
		Texts t = turn.texts();
		StringBuilder html = new StringBuilder(t.get("order.overview.provider", provider.getCompanyName()));
		List<List<Button>> rows = new ArrayList<>();
		for (OrderStatus status : OrderStatus.values()) {
			long count = access.countOfProvider(provider.getId(), status);
			String label = t.plain("order.status.provider." + status.name());
			html.append('\n').append(t.get("order.overview.line", label, count));
			if (count > 0) {
				rows.add(List.of(OrderButtons.LIST.button(t.plain("order.list.status", label, count), status.name())));
			}
		}
		if (!access.ofBuyer(turn.from().userId(), 1).isEmpty()) {
			rows.add(List.of(OrderButtons.LIST.button(t.plain("order.button.bought"), "b")));
		}
		html.append("\n\n").append(t.get(rows.isEmpty() ? "order.overview.empty" : "order.overview.choose"));
		show(turn, html.toString(), rows, inPlace);
	}

	private void bought(Turn turn, boolean inPlace) {
		Texts t = turn.texts();
		List<Order> orders = access.ofBuyer(turn.from().userId(), LIMIT);
		StringBuilder html = new StringBuilder(t.get("order.overview.buyer"));
		List<List<Button>> rows = lines(t, orders, OrderSide.BUYER, html);
		show(turn, html.toString(), rows, inPlace);
	}

	/** Appends one line per order to {@code html}; one button per order. */
	private List<List<Button>> lines(Texts t, List<Order> orders, OrderSide side, StringBuilder html) {
		List<List<Button>> rows = new ArrayList<>();
		html.append('\n');
		for (Order order : orders) {
			html.append('\n').append(t.get("order.list.line", order.getMarketplaceOrderId(), OrderCards.product(order, side),
					OrderCards.amount(order), cards.status(t, order, side)));
			rows.add(List.of(OrderButtons.VIEW.button(t.plain("order.list.item", order.getMarketplaceOrderId(), cards.status(t, order, side)), order.getId())));
		}
		if (orders.size() == LIMIT) {
			html.append("\n\n").append(t.get("order.list.more", LIMIT));
		}
		return rows;
	}

	private static void show(Turn turn, String html, List<List<Button>> rows, boolean inPlace) {
		if (inPlace) {
			turn.replacePressed(html, rows);
		}
		else {
			turn.prompt(html, rows);
		}
	}

}
