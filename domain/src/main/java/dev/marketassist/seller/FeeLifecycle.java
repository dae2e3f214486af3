package dev.marketassist.seller;

import java.util.EnumSet;

import dev.marketassist.core.Refused;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult.ResultType;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

import static dev.marketassist.seller.FeeStatus.AWAITING_PAYMENT;
import static dev.marketassist.seller.FeeStatus.DEFERRED;
import static dev.marketassist.seller.FeeStatus.PAID;
import static dev.marketassist.seller.FeeStatus.UNPAID;

/**
 * The legal moves of the certification fee, under Spring Statemachine (the only class of the
 * module that uses it for the fee): defer only while unpaid; start a payment any time before it
 * is paid; a confirmed payment makes it paid from any unpaid state. A fresh machine is reset to
 * the stored status for every move.
 */
final class FeeLifecycle {

	FeeStatus next(FeeStatus current, FeeTrigger trigger) {
		StateMachine<FeeStatus, FeeTrigger> machine = build();
		machine.getStateMachineAccessor()
			.doWithAllRegions(region -> region
				.resetStateMachineReactively(new DefaultStateMachineContext<>(current, null, null, null))
				.block());
		machine.startReactively().block();
		var result = machine.sendEvent(Mono.just(MessageBuilder.withPayload(trigger).build())).blockLast();
		if (result == null || result.getResultType() != ResultType.ACCEPTED) {
			throw new Refused("refused.fee." + trigger.name().toLowerCase().replace('_', '-'), current.name());
		}
		return machine.getState().getId();
	}

	private static StateMachine<FeeStatus, FeeTrigger> build() {
		try {
			var builder = StateMachineBuilder.<FeeStatus, FeeTrigger>builder();
			builder.configureConfiguration().withConfiguration().autoStartup(false);
			builder.configureStates().withStates().initial(UNPAID).states(EnumSet.allOf(FeeStatus.class));
			builder.configureTransitions()
				.withExternal().source(UNPAID).target(DEFERRED).event(FeeTrigger.DEFER).and()
				.withExternal().source(UNPAID).target(AWAITING_PAYMENT).event(FeeTrigger.REQUEST_PAYMENT).and()
				.withExternal().source(DEFERRED).target(AWAITING_PAYMENT).event(FeeTrigger.REQUEST_PAYMENT).and()
				.withInternal().source(AWAITING_PAYMENT).event(FeeTrigger.REQUEST_PAYMENT).and()
				.withExternal().source(UNPAID).target(PAID).event(FeeTrigger.CONFIRM_PAYMENT).and()
				.withExternal().source(DEFERRED).target(PAID).event(FeeTrigger.CONFIRM_PAYMENT).and()
				.withExternal().source(AWAITING_PAYMENT).target(PAID).event(FeeTrigger.CONFIRM_PAYMENT);
			return builder.build();
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot build the fee lifecycle", ex);
		}
	}

}
