package dev.marketassist.order;

import java.time.Instant;

/**
 * Something about an order that people must be told, kept on the order document (written in the
 * same atomic write as the change it reports) until it was delivered, so a crash between the
 * change and the message loses nothing.
 *
 * @param key unique within the order (the index of the history entry it reports)
 * @param kind what happened
 * @param round the confirmation round it belongs to (how many times the order was marked done)
 * @param at when it happened
 * @param reason the buyer's reason for a dispute, else {@code null}
 */
public record OrderNotice(String key, Kind kind, int round, Instant at, String reason) {

	/** What happened, and so who is told. */
	public enum Kind {

		/** A new paid order: the provider is told. */
		CREATED(OrderSide.PROVIDER),
		/** The buyer sent the requirement form: the provider is told. */
		REQUIREMENTS_SUBMITTED(OrderSide.PROVIDER),
		/** Implementation started: the buyer is told. */
		STARTED(OrderSide.BUYER),
		/** Implementation done: the buyer is asked to confirm; reminders start. */
		FINISHED(OrderSide.BUYER),
		/** The provider urged the buyer. */
		URGED(OrderSide.BUYER),
		/** The buyer confirmed: the provider is told. */
		CONFIRMED(OrderSide.PROVIDER),
		/** The buyer said "not done yet": the provider is told the reason. */
		DISPUTED(OrderSide.PROVIDER),
		/** Confirmed automatically: both sides are told. */
		AUTO_CONFIRMED(null);

		private final OrderSide audience;

		Kind(OrderSide audience) {
			this.audience = audience;
		}

		/** Whether {@code side} is told of this. */
		public boolean tells(OrderSide side) {
			return audience == null || audience == side;
		}

	}

}
