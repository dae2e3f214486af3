package dev.marketassist.product;

/** What moves a product: the seller submits or delists, a reviewer approves or rejects. */
public enum ProductTrigger {

	SUBMIT, APPROVE, REJECT,
	/** A modification of a listed product was rejected: the listed version stays listed. */
	REJECT_CHANGE, DELIST

}
