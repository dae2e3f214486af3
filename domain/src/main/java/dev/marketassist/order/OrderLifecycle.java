package dev.marketassist.order;

import java.util.EnumSet;

import dev.marketassist.core.Refused;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult.ResultType;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.builders.StateMachineTransitionConfigurer;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

import static dev.marketassist.order.OrderStatus.AWAITING_CONFIRMATION;
import static dev.marketassist.order.OrderStatus.AWAITING_START;
import static dev.marketassist.order.OrderStatus.COMPLETED;
import static dev.marketassist.order.OrderStatus.IN_PROGRESS;

/**
 * The legal moves of an ops-service order, under Spring Statemachine (the only class of the
 * module that uses it): start, finish, then confirm (by the buyer or automatically) or dispute
 * (back to in progress). The requirement form can be sent until the work is done, the buyer
 * urged only while a confirmation is awaited, the buyer's link opened at any time. A fresh
 * machine is reset to the stored status for every move; a refused move throws
 * {@link Refused} {@code refused.order.<trigger>}.
 */
final class OrderLifecycle {

	OrderStatus next(OrderStatus current, OrderTrigger trigger) {
		StateMachine<OrderStatus, OrderTrigger> machine = build();
		machine.getStateMachineAccessor()
			.doWithAllRegions(region -> region
				.resetStateMachineReactively(new DefaultStateMachineContext<>(current, null, null, null))
				.block());
		machine.startReactively().block();
		var result = machine.sendEvent(Mono.just(MessageBuilder.withPayload(trigger).build())).blockLast();
		if (result == null || result.getResultType() != ResultType.ACCEPTED) {
			throw new Refused(code(trigger));
		}
		return machine.getState().getId();
	}

	static String code(OrderTrigger trigger) {
		return "refused.order." + trigger.name().toLowerCase().replace('_', '-');
	}

	private static StateMachine<OrderStatus, OrderTrigger> build() {
		try {
			var builder = StateMachineBuilder.<OrderStatus, OrderTrigger>builder();
			builder.configureConfiguration().withConfiguration().autoStartup(false);
			builder.configureStates().withStates().initial(AWAITING_START).states(EnumSet.allOf(OrderStatus.class));
			StateMachineTransitionConfigurer<OrderStatus, OrderTrigger> transitions = builder.configureTransitions();
			transitions.withExternal().source(AWAITING_START).target(IN_PROGRESS).event(OrderTrigger.START).and()
				.withExternal().source(IN_PROGRESS).target(AWAITING_CONFIRMATION).event(OrderTrigger.FINISH).and()
				.withExternal().source(AWAITING_CONFIRMATION).target(COMPLETED).event(OrderTrigger.CONFIRM).and()
				.withExternal().source(AWAITING_CONFIRMATION).target(COMPLETED).event(OrderTrigger.AUTO_CONFIRM).and()
				.withExternal().source(AWAITING_CONFIRMATION).target(IN_PROGRESS).event(OrderTrigger.DISPUTE).and()
				.withInternal().source(AWAITING_START).event(OrderTrigger.SUBMIT_REQUIREMENTS).and()
				.withInternal().source(IN_PROGRESS).event(OrderTrigger.SUBMIT_REQUIREMENTS).and()
				.withInternal().source(AWAITING_CONFIRMATION).event(OrderTrigger.URGE);
			for (OrderStatus status : OrderStatus.values()) {
				transitions.withInternal().source(status).event(OrderTrigger.LINK_BUYER);
			}
			return builder.build();
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot build the order lifecycle", ex);
		}
	}

}
