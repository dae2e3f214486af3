package dev.marketassist.review;

/** What moves a review ticket. */
public enum ReviewTrigger {

	START, CLAIM, RELEASE, APPROVE, REJECT

}
