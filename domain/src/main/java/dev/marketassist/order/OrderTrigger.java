package dev.marketassist.order;

/**
 * What happens to an order. Only {@link #START}, {@link #FINISH}, {@link #CONFIRM},
 * {@link #AUTO_CONFIRM} and {@link #DISPUTE} change its status; the others are recorded in the
 * same history where the lifecycle allows them.
 */
public enum OrderTrigger {

	/** The marketplace created the paid order. */
	PAY,
	/** The buyer opened the one-time link; their chat is linked to the order. */
	LINK_BUYER,
	/** The buyer sent (or replaced) the requirement form. */
	SUBMIT_REQUIREMENTS,
	/** The provider started implementation (开始实施). */
	START,
	/** The provider marked the implementation done (已完成). */
	FINISH,
	/** The provider urged the buyer to confirm. */
	URGE,
	/** The buyer confirmed completion (确认完成). */
	CONFIRM,
	/** Nobody answered within the confirmation period: confirmed on the buyer's behalf. */
	AUTO_CONFIRM,
	/** The buyer said it is not done yet, with a reason: back to the provider. */
	DISPUTE

}
