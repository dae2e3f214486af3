package dev.marketassist.core;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult.ResultType;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

/**
 * An aggregate's lifecycle as a table of legal moves (state, trigger → state), run by Spring
 * Statemachine. Each aggregate's {@code *Lifecycle} declares its table here, so Spring
 * Statemachine (no longer maintained upstream) is used in this one class and could be replaced
 * in one place. The status stays a field of the aggregate's document: for every command a
 * machine (one per thread, rebuilt never) is reset to the stored status, sent the trigger, and
 * its result read; nothing in memory decides anything.
 *
 * @param <S> the status enum
 * @param <T> the trigger enum
 */
public final class TransitionTableLifecycle<S extends Enum<S>, T extends Enum<T>> {

	private record Move<S, T>(S source, T trigger, S target) {
	}

	private final Class<S> states;

	private final String refusalPrefix;

	private final List<Move<S, T>> moves = new ArrayList<>();

	private final ThreadLocal<StateMachine<S, T>> machines = ThreadLocal.withInitial(this::build);

	/**
	 * @param refusalPrefix the message-key prefix of refusals: a refused trigger {@code CLAIM} becomes
	 * {@link Refused} {@code <prefix>.claim}
	 */
	public TransitionTableLifecycle(Class<S> states, String refusalPrefix) {
		this.states = states;
		this.refusalPrefix = refusalPrefix;
	}

	/** Declares a legal move. */
	public TransitionTableLifecycle<S, T> move(S source, T trigger, S target) {
		moves.add(new Move<>(source, trigger, target));
		return this;
	}

	/**
	 * The status after {@code trigger} in {@code current}.
	 * @throws Refused {@code <prefix>.<trigger in lower case, _ as ->} if the move is not legal;
	 * its argument is the current status
	 */
	public S next(S current, T trigger) {
		StateMachine<S, T> machine = machines.get();
		machine.stopReactively().block();
		machine.getStateMachineAccessor()
			.doWithAllRegions(region -> region
				.resetStateMachineReactively(new DefaultStateMachineContext<>(current, null, null, null))
				.block());
		machine.startReactively().block();
		var result = machine.sendEvent(Mono.just(MessageBuilder.withPayload(trigger).build())).blockLast();
		if (result == null || result.getResultType() != ResultType.ACCEPTED) {
			throw new Refused(refusalPrefix + "." + trigger.name().toLowerCase(Locale.ROOT).replace('_', '-'), current.name());
		}
		return machine.getState().getId();
	}

	private StateMachine<S, T> build() {
		try {
			var builder = StateMachineBuilder.<S, T>builder();
			builder.configureConfiguration().withConfiguration().autoStartup(false);
			EnumSet<S> all = EnumSet.allOf(states);
			builder.configureStates().withStates().initial(all.iterator().next()).states(all);
			var transitions = builder.configureTransitions();
			for (Move<S, T> move : moves) {
				transitions.withExternal().source(move.source()).target(move.target()).event(move.trigger());
			}
			return builder.build();
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot build the lifecycle of " + states.getSimpleName(), ex);
		}
	}

}
