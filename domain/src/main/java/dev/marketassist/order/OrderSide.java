package dev.marketassist.order;

/** Who is looking at or acting on an order; each side has its own wording of the status. */
public enum OrderSide {

	/** The order's buyer (the Telegram user who opened the buyer link). */
	BUYER,
	/** An operator of the order's provider. */
	PROVIDER

}
