package dev.marketassist.provider;

import dev.marketassist.core.TransitionTableLifecycle;

import static dev.marketassist.provider.FeeStatus.AWAITING_PAYMENT;
import static dev.marketassist.provider.FeeStatus.DEFERRED;
import static dev.marketassist.provider.FeeStatus.PAID;
import static dev.marketassist.provider.FeeStatus.UNPAID;
import static dev.marketassist.provider.FeeTrigger.CONFIRM_PAYMENT;
import static dev.marketassist.provider.FeeTrigger.DEFER;
import static dev.marketassist.provider.FeeTrigger.REQUEST_PAYMENT;

/**
 * The legal moves of the certification fee: defer only while unpaid; start a payment any time
 * before it is paid (again while waiting); a confirmed payment makes it paid, once.
 */
final class FeeLifecycle {

	private final TransitionTableLifecycle<FeeStatus, FeeTrigger> table = new TransitionTableLifecycle<FeeStatus, FeeTrigger>(
			FeeStatus.class, "refused.fee")
		.move(UNPAID, DEFER, DEFERRED)
		.move(UNPAID, REQUEST_PAYMENT, AWAITING_PAYMENT)
		.move(DEFERRED, REQUEST_PAYMENT, AWAITING_PAYMENT)
		.move(AWAITING_PAYMENT, REQUEST_PAYMENT, AWAITING_PAYMENT)
		.move(UNPAID, CONFIRM_PAYMENT, PAID)
		.move(DEFERRED, CONFIRM_PAYMENT, PAID)
		.move(AWAITING_PAYMENT, CONFIRM_PAYMENT, PAID);

	FeeStatus next(FeeStatus current, FeeTrigger trigger) {
		return table.next(current, trigger);
	}

}
