package dev.marketassist.dialogs.order;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.order.Order;
import dev.marketassist.order.OrderSettings;
import dev.marketassist.order.OrderSide;
import dev.marketassist.order.OrderStatus;
import dev.marketassist.order.OrderTrigger;
import dev.marketassist.order.ReminderPolicy;
import dev.marketassist.order.TransitionRecord;
import org.springframework.stereotype.Component;

/**
 * An order as one side sees it: the card (what was bought, the status in that side's words, the
 * deadline that matters to them) and the buttons for what they can do now. Button data is
 * {@code o:<op>:<order id>}, far below 64 bytes.
 */
@Component
class OrderCards {


	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private final OrderSettings settings;

	private final ReminderPolicy policy;

	private final Clock clock;

	OrderCards(OrderSettings settings, Clock clock) {
		this.settings = settings;
		this.policy = new ReminderPolicy(settings);
		this.clock = clock;
	}

	String card(Texts t, Order order, OrderSide side) {
		StringBuilder html = new StringBuilder(t.get("order.card", order.getMarketplaceOrderId(), product(order, side),
				order.getPricingPlan(), amount(order), at(order.getPaidAt())));
		if (side == OrderSide.PROVIDER) {
			html.append('\n').append(t.get(order.isBuyerLinked() ? "order.card.buyer.linked" : "order.card.buyer.unlinked",
					order.getBuyerAccountId()));
		}
		html.append("\n\n").append(t.get("order.card.status", status(t, order, side), requirements(t, order, side)));
		OrderStatus status = order.getStatus();
		if (status == OrderStatus.AWAITING_START && side == OrderSide.PROVIDER) {
			html.append('\n').append(t.get("order.card.respond-by", lastDay(order.getRespondBy()), settings.responseWorkingDays()));
		}
		if (status == OrderStatus.AWAITING_CONFIRMATION) {
			Instant auto = policy.autoConfirmAt(order.getDoneAt());
			html.append('\n').append(t.get("order.card.auto-confirm." + side.name().toLowerCase(), at(auto), daysLeft(order)));
		}
		lastDispute(order).ifPresent(reason -> html.append('\n').append(t.get("order.card.disputed", reason)));
		return html.toString();
	}

	/** The buttons for what {@code side} can do now, and a way back to the list. */
	List<List<Button>> actions(Texts t, Order order, OrderSide side, boolean withBack) {
		String id = order.getId();
		List<List<Button>> rows = new ArrayList<>();
		OrderStatus status = order.getStatus();
		if (side == OrderSide.PROVIDER) {
			switch (status) {
				case AWAITING_START -> rows.add(row(t, "order.button.start", OrderButtons.START, id));
				case IN_PROGRESS -> rows.add(row(t, "order.button.finish", OrderButtons.FINISH, id));
				case AWAITING_CONFIRMATION -> rows.add(row(t, "order.button.urge", OrderButtons.URGE, id));
				default -> {
				}
			}
			if (order.getRequirements() != null) {
				rows.add(row(t, "order.button.requirements", OrderButtons.REQUIREMENTS, id));
			}
		}
		else if (status == OrderStatus.AWAITING_CONFIRMATION) {
			rows.add(List.of(button(t, "order.button.confirm", OrderButtons.CONFIRM, id), button(t, "order.button.not-done", OrderButtons.NOT_DONE, id)));
		}
		else if (status != OrderStatus.COMPLETED) {
			rows.add(row(t, order.getRequirements() == null ? "order.button.fill" : "order.button.refill", OrderButtons.FORM, id));
		}
		if (withBack) {
			rows.add(List.of(OrderButtons.LIST.button(t.plain("order.button.list"), side == OrderSide.PROVIDER ? "a" : "b")));
		}
		return rows;
	}

	/** A question with a Yes button ({@code o:<op>:<id>}) and a way back to the card. */
	List<List<Button>> yesOrBack(Texts t, String yesKey, OrderButtons yes, Order order) {
		return List.of(List.of(button(t, yesKey, yes, order.getId()), button(t, "order.button.back", OrderButtons.VIEW, order.getId())));
	}

	/**
	 * The requirement form as the provider reads it (escaped): a template's fields and answers in
	 * the template's order (and the contact phone when no field asked for it), else the fixed form.
	 */
	String requirements(Texts t, Order order) {
		var form = order.getRequirements();
		if (form.answers().isEmpty()) {
			return t.get("order.requirements.body", form.description(), form.contactPhone(),
					form.preferredTime() == null ? t.plain("order.requirements.no-time") : form.preferredTime());
		}
		StringBuilder html = new StringBuilder();
		for (var answer : form.answers()) {
			html.append(html.isEmpty() ? "" : "\n").append(t.get("order.requirements.answer", answer.field(), answer.value()));
		}
		if (!form.phoneAmongAnswers()) {
			html.append('\n').append(t.get("order.requirements.phone", form.contactPhone()));
		}
		return html.toString();
	}

	String status(Texts t, Order order, OrderSide side) {
		return t.plain("order.status." + side.name().toLowerCase() + "." + order.getStatus().name());
	}

	private String requirements(Texts t, Order order, OrderSide side) {
		String given = order.getRequirements() != null ? "yes" : "no";
		return t.plain("order.card.requirements." + side.name().toLowerCase() + "." + given);
	}

	/** The buyer's reason while a disputed order is back in progress. */
	private static Optional<String> lastDispute(Order order) {
		if (order.getStatus() != OrderStatus.IN_PROGRESS) {
			return Optional.empty();
		}
		return order.getHistory()
			.stream()
			.filter(r -> r.trigger() == OrderTrigger.DISPUTE)
			.reduce((a, b) -> b)
			.map(TransitionRecord::reason);
	}

	/** The product as {@code side} knows it: the provider also by its id, the buyer by its name only (no internal ids). */
	static String product(Order order, OrderSide side) {
		if (order.getProductName() == null) {
			return order.getProductId();
		}
		return side == OrderSide.PROVIDER ? order.getProductName() + " (" + order.getProductId() + ")" : order.getProductName();
	}

	static String amount(Order order) {
		return order.getAmount().setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	String at(Instant instant) {
		return MINUTE.format(instant.atZone(settings.zone()));
	}

	/** The last local day before an exclusive deadline (a deadline at 00:00 ends the day before). */
	String lastDay(Instant deadline) {
		return DAY.format(deadline.minusSeconds(1).atZone(settings.zone()));
	}

	/** Days left before an order awaiting confirmation is confirmed automatically. */
	long daysLeft(Order order) {
		return policy.daysLeft(clock.instant(), policy.autoConfirmAt(order.getDoneAt()));
	}

	ReminderPolicy policy() {
		return policy;
	}

	OrderSettings settings() {
		return settings;
	}

	private static List<Button> row(Texts t, String key, OrderButtons action, String id) {
		return List.of(button(t, key, action, id));
	}

	private static Button button(Texts t, String key, OrderButtons action, String id) {
		return action.button(t.plain(key), id);
	}

}
