package dev.marketassist.product;

/** Where a product stands (SPEC §2): see {@code ProductLifecycle} for the legal moves. */
public enum ProductStatus {

	DRAFT, IN_REVIEW, LISTED, REJECTED, DELISTED

}
