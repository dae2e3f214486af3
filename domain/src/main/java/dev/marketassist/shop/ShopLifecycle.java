package dev.marketassist.shop;

import java.util.EnumSet;

import dev.marketassist.core.Refused;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult.ResultType;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

import static dev.marketassist.shop.ShopStatus.DRAFT;
import static dev.marketassist.shop.ShopStatus.IN_REVIEW;
import static dev.marketassist.shop.ShopStatus.PUBLISHED;
import static dev.marketassist.shop.ShopStatus.REJECTED;

/**
 * A shop's legal moves, under Spring Statemachine: submitted from draft, rejected or published
 * (a change goes to review again); approved or rejected while in review.
 */
final class ShopLifecycle {

	ShopStatus next(ShopStatus current, ShopTrigger trigger) {
		StateMachine<ShopStatus, ShopTrigger> machine = build();
		machine.getStateMachineAccessor()
			.doWithAllRegions(region -> region
				.resetStateMachineReactively(new DefaultStateMachineContext<>(current, null, null, null))
				.block());
		machine.startReactively().block();
		var result = machine.sendEvent(Mono.just(MessageBuilder.withPayload(trigger).build())).blockLast();
		if (result == null || result.getResultType() != ResultType.ACCEPTED) {
			throw new Refused("refused.shop." + trigger.name().toLowerCase(), current.name());
		}
		return machine.getState().getId();
	}

	private static StateMachine<ShopStatus, ShopTrigger> build() {
		try {
			var builder = StateMachineBuilder.<ShopStatus, ShopTrigger>builder();
			builder.configureConfiguration().withConfiguration().autoStartup(false);
			builder.configureStates().withStates().initial(DRAFT).states(EnumSet.allOf(ShopStatus.class));
			builder.configureTransitions()
				.withExternal().source(DRAFT).target(IN_REVIEW).event(ShopTrigger.SUBMIT).and()
				.withExternal().source(REJECTED).target(IN_REVIEW).event(ShopTrigger.SUBMIT).and()
				.withExternal().source(PUBLISHED).target(IN_REVIEW).event(ShopTrigger.SUBMIT).and()
				.withExternal().source(IN_REVIEW).target(PUBLISHED).event(ShopTrigger.APPROVE).and()
				.withExternal().source(IN_REVIEW).target(REJECTED).event(ShopTrigger.REJECT);
			return builder.build();
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot build the shop lifecycle", ex);
		}
	}

}
