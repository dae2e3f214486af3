package dev.marketassist.order;

import static dev.marketassist.order.OrderStatus.AWAITING_CONFIRMATION;
import static dev.marketassist.order.OrderStatus.AWAITING_START;
import static dev.marketassist.order.OrderStatus.COMPLETED;
import static dev.marketassist.order.OrderStatus.IN_PROGRESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketassist.core.Refused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The legal moves of an ops-service order, and the refused ones, without Spring. */
class OrderLifecycleTests {

	final OrderLifecycle lifecycle = new OrderLifecycle();

	@Test
	void startsFinishesAndConfirmsAnOrder() {
		OrderStatus status = lifecycle.next(AWAITING_START, OrderTrigger.START);
		assertThat(status).isEqualTo(IN_PROGRESS);
		status = lifecycle.next(status, OrderTrigger.FINISH);
		assertThat(status).isEqualTo(AWAITING_CONFIRMATION);
		assertThat(lifecycle.next(status, OrderTrigger.CONFIRM)).isEqualTo(COMPLETED);
	}

	@Test
	void sendsADisputedOrderBackToInProgress() {
		assertThat(lifecycle.next(AWAITING_CONFIRMATION, OrderTrigger.DISPUTE)).isEqualTo(IN_PROGRESS);
	}

	@Test
	void confirmsAutomaticallyOnlyAnOrderAwaitingConfirmation() {
		assertThat(lifecycle.next(AWAITING_CONFIRMATION, OrderTrigger.AUTO_CONFIRM)).isEqualTo(COMPLETED);
		assertThatThrownBy(() -> lifecycle.next(IN_PROGRESS, OrderTrigger.AUTO_CONFIRM)).isInstanceOf(Refused.class)
			.hasMessage("refused.order.auto-confirm");
	}

	@Test
	void refusesConfirmationBeforeImplementationIsFinished() {
		for (OrderStatus status : new OrderStatus[] { AWAITING_START, IN_PROGRESS, COMPLETED }) {
			assertThatThrownBy(() -> lifecycle.next(status, OrderTrigger.CONFIRM)).isInstanceOf(Refused.class)
				.hasMessage("refused.order.confirm");
		}
	}

	@Test
	void refusesStartingTwiceAndFinishingBeforeTheStart() {
		assertThatThrownBy(() -> lifecycle.next(IN_PROGRESS, OrderTrigger.START)).hasMessage("refused.order.start");
		assertThatThrownBy(() -> lifecycle.next(AWAITING_START, OrderTrigger.FINISH)).hasMessage("refused.order.finish");
		assertThatThrownBy(() -> lifecycle.next(AWAITING_CONFIRMATION, OrderTrigger.FINISH)).hasMessage("refused.order.finish");
	}

	@Test
	void refusesADisputeOfAnOrderThatIsNotMarkedDone() {
		assertThatThrownBy(() -> lifecycle.next(IN_PROGRESS, OrderTrigger.DISPUTE)).hasMessage("refused.order.dispute");
		assertThatThrownBy(() -> lifecycle.next(COMPLETED, OrderTrigger.DISPUTE)).hasMessage("refused.order.dispute");
	}

	@Test
	void acceptsTheRequirementFormOnlyUntilTheWorkIsDone() {
		assertThat(lifecycle.next(AWAITING_START, OrderTrigger.SUBMIT_REQUIREMENTS)).isEqualTo(AWAITING_START);
		assertThat(lifecycle.next(IN_PROGRESS, OrderTrigger.SUBMIT_REQUIREMENTS)).isEqualTo(IN_PROGRESS);
		assertThatThrownBy(() -> lifecycle.next(AWAITING_CONFIRMATION, OrderTrigger.SUBMIT_REQUIREMENTS))
			.hasMessage("refused.order.submit-requirements");
	}

	@Test
	void letsTheProviderUrgeOnlyWhileAConfirmationIsAwaited() {
		assertThat(lifecycle.next(AWAITING_CONFIRMATION, OrderTrigger.URGE)).isEqualTo(AWAITING_CONFIRMATION);
		assertThatThrownBy(() -> lifecycle.next(IN_PROGRESS, OrderTrigger.URGE)).hasMessage("refused.order.urge");
	}

	@ParameterizedTest
	@EnumSource(OrderStatus.class)
	void letsTheBuyerOpenTheLinkInEveryStatus(OrderStatus status) {
		assertThat(lifecycle.next(status, OrderTrigger.LINK_BUYER)).isEqualTo(status);
	}

}
