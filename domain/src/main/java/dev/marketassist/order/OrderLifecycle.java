package dev.marketassist.order;

import dev.marketassist.core.TransitionTableLifecycle;

import static dev.marketassist.order.OrderStatus.AWAITING_CONFIRMATION;
import static dev.marketassist.order.OrderStatus.AWAITING_START;
import static dev.marketassist.order.OrderStatus.COMPLETED;
import static dev.marketassist.order.OrderStatus.IN_PROGRESS;

/**
 * The legal moves of an ops-service order: start, finish, confirm (by the buyer or
 * automatically), dispute back to in progress; the requirement form while not yet done, an urge
 * while awaiting confirmation, and linking the buyer at any time leave the status as it is.
 * Anything else is refused with {@link dev.marketassist.core.Refused}
 * {@code refused.order.<trigger>}.
 */
final class OrderLifecycle {

	private final TransitionTableLifecycle<OrderStatus, OrderTrigger> table = table();

	OrderStatus next(OrderStatus current, OrderTrigger trigger) {
		return table.next(current, trigger);
	}

	/** The refusal's message key of {@code trigger}. */
	static String code(OrderTrigger trigger) {
		return "refused.order." + trigger.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	private static TransitionTableLifecycle<OrderStatus, OrderTrigger> table() {
		var table = new TransitionTableLifecycle<OrderStatus, OrderTrigger>(OrderStatus.class, "refused.order")
			.move(AWAITING_START, OrderTrigger.START, IN_PROGRESS)
			.move(IN_PROGRESS, OrderTrigger.FINISH, AWAITING_CONFIRMATION)
			.move(AWAITING_CONFIRMATION, OrderTrigger.CONFIRM, COMPLETED)
			.move(AWAITING_CONFIRMATION, OrderTrigger.AUTO_CONFIRM, COMPLETED)
			.move(AWAITING_CONFIRMATION, OrderTrigger.DISPUTE, IN_PROGRESS)
			.move(AWAITING_START, OrderTrigger.SUBMIT_REQUIREMENTS, AWAITING_START)
			.move(IN_PROGRESS, OrderTrigger.SUBMIT_REQUIREMENTS, IN_PROGRESS)
			.move(AWAITING_CONFIRMATION, OrderTrigger.URGE, AWAITING_CONFIRMATION);
		for (OrderStatus status : OrderStatus.values()) {
			table.move(status, OrderTrigger.LINK_BUYER, status);
		}
		return table;
	}

}
