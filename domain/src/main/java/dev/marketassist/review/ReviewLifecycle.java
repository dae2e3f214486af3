package dev.marketassist.review;

import java.util.EnumSet;

import dev.marketassist.core.Refused;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult.ResultType;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

import static dev.marketassist.review.ReviewStatus.APPROVED;
import static dev.marketassist.review.ReviewStatus.CLAIMED;
import static dev.marketassist.review.ReviewStatus.OPEN;
import static dev.marketassist.review.ReviewStatus.REJECTED;
import static dev.marketassist.review.ReviewStatus.WAITING;

/**
 * The legal moves of a review ticket, under Spring Statemachine: WAITING → OPEN once onboarding
 * is complete; OPEN → CLAIMED; CLAIMED → OPEN (released), APPROVED or REJECTED.
 */
final class ReviewLifecycle {

	ReviewStatus next(ReviewStatus current, ReviewTrigger trigger) {
		StateMachine<ReviewStatus, ReviewTrigger> machine = build();
		machine.getStateMachineAccessor()
			.doWithAllRegions(region -> region
				.resetStateMachineReactively(new DefaultStateMachineContext<>(current, null, null, null))
				.block());
		machine.startReactively().block();
		var result = machine.sendEvent(Mono.just(MessageBuilder.withPayload(trigger).build())).blockLast();
		if (result == null || result.getResultType() != ResultType.ACCEPTED) {
			throw new Refused("refused.review." + trigger.name().toLowerCase(), current.name());
		}
		return machine.getState().getId();
	}

	private static StateMachine<ReviewStatus, ReviewTrigger> build() {
		try {
			var builder = StateMachineBuilder.<ReviewStatus, ReviewTrigger>builder();
			builder.configureConfiguration().withConfiguration().autoStartup(false);
			builder.configureStates().withStates().initial(WAITING).states(EnumSet.allOf(ReviewStatus.class));
			builder.configureTransitions()
				.withExternal().source(WAITING).target(OPEN).event(ReviewTrigger.START).and()
				.withExternal().source(OPEN).target(CLAIMED).event(ReviewTrigger.CLAIM).and()
				.withExternal().source(CLAIMED).target(OPEN).event(ReviewTrigger.RELEASE).and()
				.withExternal().source(CLAIMED).target(APPROVED).event(ReviewTrigger.APPROVE).and()
				.withExternal().source(CLAIMED).target(REJECTED).event(ReviewTrigger.REJECT);
			return builder.build();
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot build the review lifecycle", ex);
		}
	}

}
