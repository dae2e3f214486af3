package dev.marketassist.provider;

/** What moves the certification fee. */
public enum FeeTrigger {

	DEFER, REQUEST_PAYMENT, CONFIRM_PAYMENT

}
