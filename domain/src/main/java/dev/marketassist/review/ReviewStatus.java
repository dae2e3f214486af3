package dev.marketassist.review;

/** Where a review ticket stands. */
public enum ReviewStatus {

	/** Submitted, but reviews start only once onboarding is complete (agreement, fee paid). */
	WAITING,
	/** In the reviewers' queue. */
	OPEN,
	/** A reviewer took it. */
	CLAIMED,
	APPROVED, REJECTED

}
