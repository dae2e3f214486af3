package dev.marketassist.order;

/**
 * Where an ops-service order stands (SPEC §3). Each side reads it in its own words: the bundles
 * hold {@code order.status.provider.<STATUS>} and {@code order.status.buyer.<STATUS>}.
 */
public enum OrderStatus {

	/** Paid, created by the marketplace; the provider has not started (待实施 / awaiting service). */
	AWAITING_START,
	/** The provider is implementing (实施中 / in service). */
	IN_PROGRESS,
	/** The provider marked it done; the buyer is asked to confirm (待确认). */
	AWAITING_CONFIRMATION,
	/** Confirmed by the buyer, or automatically after the confirmation period (已完成 / 分配完成). */
	COMPLETED

}
