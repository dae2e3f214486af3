package dev.marketassist.shop;

/** Where a shop stands. */
public enum ShopStatus {

	DRAFT, IN_REVIEW, PUBLISHED, REJECTED

}
