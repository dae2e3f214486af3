package dev.marketassist.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketassist.core.Refused;
import org.junit.jupiter.api.Test;

class FeeLifecycleTests {

	final FeeLifecycle fees = new FeeLifecycle();

	@Test
	void defersOnlyBeforeAPaymentStarted() {
		assertThat(fees.next(FeeStatus.UNPAID, FeeTrigger.DEFER)).isEqualTo(FeeStatus.DEFERRED);
		assertThatThrownBy(() -> fees.next(FeeStatus.AWAITING_PAYMENT, FeeTrigger.DEFER)).isInstanceOf(Refused.class)
			.hasMessage("refused.fee.defer");
		assertThatThrownBy(() -> fees.next(FeeStatus.PAID, FeeTrigger.DEFER)).isInstanceOf(Refused.class);
	}

	@Test
	void startsAPaymentFromUnpaidOrDeferredAndAgainWhileWaiting() {
		assertThat(fees.next(FeeStatus.UNPAID, FeeTrigger.REQUEST_PAYMENT)).isEqualTo(FeeStatus.AWAITING_PAYMENT);
		assertThat(fees.next(FeeStatus.DEFERRED, FeeTrigger.REQUEST_PAYMENT)).isEqualTo(FeeStatus.AWAITING_PAYMENT);
		assertThat(fees.next(FeeStatus.AWAITING_PAYMENT, FeeTrigger.REQUEST_PAYMENT)).isEqualTo(FeeStatus.AWAITING_PAYMENT);
		assertThatThrownBy(() -> fees.next(FeeStatus.PAID, FeeTrigger.REQUEST_PAYMENT)).isInstanceOf(Refused.class);
	}

	@Test
	void becomesPaidFromAnyUnpaidStateOnce() {
		for (FeeStatus unpaid : new FeeStatus[] { FeeStatus.UNPAID, FeeStatus.DEFERRED, FeeStatus.AWAITING_PAYMENT }) {
			assertThat(fees.next(unpaid, FeeTrigger.CONFIRM_PAYMENT)).isEqualTo(FeeStatus.PAID);
		}
		assertThatThrownBy(() -> fees.next(FeeStatus.PAID, FeeTrigger.CONFIRM_PAYMENT)).isInstanceOf(Refused.class);
	}

}
