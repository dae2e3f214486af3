package dev.marketassist.seller;

import dev.marketassist.core.TransitionTableLifecycle;

import static dev.marketassist.seller.FeeStatus.AWAITING_PAYMENT;
import static dev.marketassist.seller.FeeStatus.DEFERRED;
import static dev.marketassist.seller.FeeStatus.PAID;
import static dev.marketassist.seller.FeeStatus.UNPAID;
import static dev.marketassist.seller.FeeTrigger.CONFIRM_PAYMENT;
import static dev.marketassist.seller.FeeTrigger.DEFER;
import static dev.marketassist.seller.FeeTrigger.REQUEST_PAYMENT;

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
