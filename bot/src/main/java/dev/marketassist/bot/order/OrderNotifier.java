package dev.marketassist.bot.order;

import dev.marketassist.dialogs.Dialogs;
import dev.marketassist.dialogs.order.OrderNotifications;
import dev.marketassist.order.Order;
import dev.marketassist.order.OrderAccess;
import dev.marketassist.order.OrderChanged;
import dev.marketassist.order.OrderFollowUps;
import dev.marketassist.order.OrderNotice;
import dev.marketassist.order.OrderSide;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Delivers an order's notices: schedules what each leads to (reminders, the automatic
 * confirmation, the response reminder), queues the message for every person it concerns in their
 * own chat and language ({@link Dialogs#notify}, at most once per person and notice), then forgets
 * the notice. Runs at once when an order changes; {@link OrderJobs} runs it again for whatever a
 * crash or an outage left on the order.
 */
@Component
class OrderNotifier {

	private static final Logger log = LoggerFactory.getLogger(OrderNotifier.class);

	private final OrderFollowUps followUps;

	private final OrderAccess access;

	private final OrderNotifications messages;

	private final Dialogs dialogs;

	OrderNotifier(OrderFollowUps followUps, OrderAccess access, OrderNotifications messages, Dialogs dialogs) {
		this.followUps = followUps;
		this.access = access;
		this.messages = messages;
		this.dialogs = dialogs;
	}

	@EventListener
	void on(OrderChanged changed) {
		try {
			deliver(access.get(changed.orderId()));
		}
		catch (RuntimeException ex) {
			log.warn("Order {}: notices left for the sweep ({})", changed.orderId(), ex.toString());
		}
	}

	void deliver(Order order) {
		for (OrderNotice notice : order.getNotices()) {
			followUps.schedule(order, notice);
			for (OrderSide side : OrderSide.values()) {
				if (notice.kind().tells(side)) {
					for (long user : access.people(order, side)) {
						dialogs.notify(user, "order:" + order.getId() + ":" + notice.key(), t -> messages.notice(t, order, notice, side));
					}
				}
			}
			followUps.delivered(order.getId(), notice.key());
		}
	}

}
