package dev.marketassist.provider;

/** Where a provider stands with the platform certification fee (平台认证费). */
public enum FeeStatus {

	/** Not paid, no decision yet. */
	UNPAID,
	/** "Not now" (暂不缴纳): may be paid any time before the first product. */
	DEFERRED,
	/** A payment was started and its confirmation is awaited. */
	AWAITING_PAYMENT,
	/** Paid: products can be created, merchant accounts opened. */
	PAID

}
