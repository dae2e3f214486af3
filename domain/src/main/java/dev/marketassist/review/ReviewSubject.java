package dev.marketassist.review;

/** What a review ticket is about. */
public enum ReviewSubject {

	SHOP, PRODUCT_NEW, PRODUCT_MODIFIED, PRODUCT_RELISTED, ACCOUNT_CHANGE, MERCHANT_CHANGE

}
