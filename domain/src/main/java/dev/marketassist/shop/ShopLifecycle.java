package dev.marketassist.shop;

import dev.marketassist.core.TransitionTableLifecycle;

import static dev.marketassist.shop.ShopStatus.DRAFT;
import static dev.marketassist.shop.ShopStatus.IN_REVIEW;
import static dev.marketassist.shop.ShopStatus.PUBLISHED;
import static dev.marketassist.shop.ShopStatus.REJECTED;
import static dev.marketassist.shop.ShopTrigger.APPROVE;
import static dev.marketassist.shop.ShopTrigger.REJECT;
import static dev.marketassist.shop.ShopTrigger.SUBMIT;

/**
 * A shop's legal moves: submitted from draft, rejected or published (a change goes to review
 * again); approved or rejected while in review.
 */
final class ShopLifecycle {

	private final TransitionTableLifecycle<ShopStatus, ShopTrigger> table = new TransitionTableLifecycle<ShopStatus, ShopTrigger>(
			ShopStatus.class, "refused.shop")
		.move(DRAFT, SUBMIT, IN_REVIEW)
		.move(REJECTED, SUBMIT, IN_REVIEW)
		.move(PUBLISHED, SUBMIT, IN_REVIEW)
		.move(IN_REVIEW, APPROVE, PUBLISHED)
		.move(IN_REVIEW, REJECT, REJECTED);

	ShopStatus next(ShopStatus current, ShopTrigger trigger) {
		return table.next(current, trigger);
	}

}
