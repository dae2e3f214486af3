package dev.marketassist.shop;

/** What moves a shop. */
public enum ShopTrigger {

	SUBMIT, APPROVE, REJECT

}
