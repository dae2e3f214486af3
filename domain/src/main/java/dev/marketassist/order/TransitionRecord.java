package dev.marketassist.order;

import java.time.Instant;

/**
 * One entry of an order's history: who did what, when and why.
 *
 * @param trigger what happened
 * @param from the status before ({@code null} for the creation)
 * @param to the status after (equal to {@code from} for an event that does not move the order)
 * @param by the party that did it
 * @param userId the Telegram user who did it; {@code null} for the marketplace and the system
 * @param at when
 * @param reason why, where one is given (a buyer's "not done yet" reason, a system rule)
 * @param via the system the marketplace acted through (the REST client's name), else {@code null}
 */
public record TransitionRecord(OrderTrigger trigger, OrderStatus from, OrderStatus to, Party by, Long userId, Instant at,
		String reason, String via) {

	/** Who acts on orders. */
	public enum Party {

		MARKETPLACE, BUYER, PROVIDER, SYSTEM

	}

}
