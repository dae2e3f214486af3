package dev.marketassist.review;

import dev.marketassist.core.TransitionTableLifecycle;

import static dev.marketassist.review.ReviewStatus.APPROVED;
import static dev.marketassist.review.ReviewStatus.CLAIMED;
import static dev.marketassist.review.ReviewStatus.OPEN;
import static dev.marketassist.review.ReviewStatus.REJECTED;
import static dev.marketassist.review.ReviewStatus.WAITING;
import static dev.marketassist.review.ReviewTrigger.APPROVE;
import static dev.marketassist.review.ReviewTrigger.CLAIM;
import static dev.marketassist.review.ReviewTrigger.REJECT;
import static dev.marketassist.review.ReviewTrigger.RELEASE;
import static dev.marketassist.review.ReviewTrigger.START;

/**
 * The legal moves of a review ticket: WAITING → OPEN once onboarding is complete; OPEN →
 * CLAIMED; CLAIMED → OPEN (released), APPROVED or REJECTED.
 */
final class ReviewLifecycle {

	private final TransitionTableLifecycle<ReviewStatus, ReviewTrigger> table = new TransitionTableLifecycle<ReviewStatus, ReviewTrigger>(
			ReviewStatus.class, "refused.review")
		.move(WAITING, START, OPEN)
		.move(OPEN, CLAIM, CLAIMED)
		.move(CLAIMED, RELEASE, OPEN)
		.move(CLAIMED, APPROVE, APPROVED)
		.move(CLAIMED, REJECT, REJECTED);

	ReviewStatus next(ReviewStatus current, ReviewTrigger trigger) {
		return table.next(current, trigger);
	}

}
