package dev.marketassist.product;

import dev.marketassist.core.TransitionTableLifecycle;

import static dev.marketassist.product.ProductStatus.DELISTED;
import static dev.marketassist.product.ProductStatus.DRAFT;
import static dev.marketassist.product.ProductStatus.IN_REVIEW;
import static dev.marketassist.product.ProductStatus.LISTED;
import static dev.marketassist.product.ProductStatus.REJECTED;
import static dev.marketassist.product.ProductTrigger.APPROVE;
import static dev.marketassist.product.ProductTrigger.DELIST;
import static dev.marketassist.product.ProductTrigger.REJECT;
import static dev.marketassist.product.ProductTrigger.REJECT_CHANGE;
import static dev.marketassist.product.ProductTrigger.SUBMIT;

/**
 * A product's legal moves: submitted from draft, listed, rejected or delisted (a modification or a
 * relisting goes to review again); approved or rejected in review (a rejected modification of a
 * listed product leaves it listed as it was); delisted only while listed. Anything else is
 * refused ({@code refused.product.<trigger>}).
 */
final class ProductLifecycle {

	private final TransitionTableLifecycle<ProductStatus, ProductTrigger> table = new TransitionTableLifecycle<ProductStatus, ProductTrigger>(
			ProductStatus.class, "refused.product")
		.move(DRAFT, SUBMIT, IN_REVIEW)
		.move(LISTED, SUBMIT, IN_REVIEW)
		.move(REJECTED, SUBMIT, IN_REVIEW)
		.move(DELISTED, SUBMIT, IN_REVIEW)
		.move(IN_REVIEW, APPROVE, LISTED)
		.move(IN_REVIEW, REJECT, REJECTED)
		.move(IN_REVIEW, REJECT_CHANGE, LISTED)
		.move(LISTED, DELIST, DELISTED);

	ProductStatus next(ProductStatus current, ProductTrigger trigger) {
		return table.next(current, trigger);
	}

}
