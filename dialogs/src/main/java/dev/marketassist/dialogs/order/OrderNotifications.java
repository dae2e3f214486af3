package dev.marketassist.dialogs.order;

import java.util.ArrayList;
import java.util.List;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.Html;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.order.Order;
import dev.marketassist.order.OrderFollowUps;
import dev.marketassist.order.OrderNotice;
import dev.marketassist.order.OrderSide;
import org.springframework.stereotype.Component;

/**
 * The messages about orders that reach people outside of a conversation (through
 * {@link dev.marketassist.dialogs.Dialogs#notify}): each order step for the side it concerns, the
 * buyer's reminders with the countdown to the automatic confirmation, and the provider's response
 * reminder. Each comes with the buttons for what its reader can do now.
 */
@Component
public class OrderNotifications {

	private final OrderCards cards;

	OrderNotifications(OrderCards cards) {
		this.cards = cards;
	}

	/** The message telling {@code side} of {@code notice}; {@code order} is the order as it is now. */
	public Reply notice(Texts t, Order order, OrderNotice notice, OrderSide side) {
		String id = order.getMarketplaceOrderId();
		String status = cards.status(t, order, side);
		String html = switch (notice.kind()) {
			case CREATED -> t.get("order.notice.created", id, OrderCards.product(order, side), order.getPricingPlan(),
					OrderCards.amount(order), cards.settings().responseWorkingDays(), cards.lastDay(order.getRespondBy()));
			case REQUIREMENTS_SUBMITTED -> t.get("order.notice.requirements", id, new Html(cards.requirements(t, order)));
			case STARTED -> t.get("order.notice.started", id, OrderCards.product(order, side), status);
			case FINISHED -> t.get("order.notice.finished", id, OrderCards.product(order, side),
					cards.at(cards.policy().autoConfirmAt(notice.at())), cards.settings().autoConfirmAfter().toDays());
			case URGED -> t.get("order.notice.urged", id, cards.daysLeft(order), cards.at(cards.policy().autoConfirmAt(order.getDoneAt())));
			case CONFIRMED -> t.get("order.notice.confirmed", id, status);
			case DISPUTED -> t.get("order.notice.disputed", id, status, notice.reason());
			case AUTO_CONFIRMED -> t.get("order.notice.auto-confirmed." + side.name().toLowerCase(), id,
					cards.settings().autoConfirmAfter().toDays(), status);
		};
		return new Reply(html, buttons(t, order, side));
	}

	/** The buyer's reminder to confirm, with the days left before the automatic confirmation. */
	public Reply reminder(Texts t, OrderFollowUps.Reminder reminder) {
		Order order = reminder.order();
		return new Reply(t.get("order.reminder", order.getMarketplaceOrderId(), OrderCards.product(order, OrderSide.BUYER), reminder.daysLeft(),
				cards.at(reminder.autoConfirmAt())), buttons(t, order, OrderSide.BUYER));
	}

	/** The provider's reminder that the response window of an order not started runs out. */
	public Reply responseReminder(Texts t, Order order) {
		return new Reply(t.get("order.respond", order.getMarketplaceOrderId(), cards.settings().responseWorkingDays(),
				cards.lastDay(order.getRespondBy())), buttons(t, order, OrderSide.PROVIDER));
	}

	private List<List<Button>> buttons(Texts t, Order order, OrderSide side) {
		List<List<Button>> rows = new ArrayList<>(cards.actions(t, order, side, false));
		rows.add(List.of(OrderButtons.VIEW.button(t.plain("order.button.open"), order.getId())));
		return rows;
	}

}
