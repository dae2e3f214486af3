package dev.marketassist.dialogs.engine;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult.ResultType;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.configurers.StateConfigurer;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

/**
 * The legal moves between the steps of a dialog, as a Spring Statemachine machine built from the
 * dialog's definition. This is the only class of the dialog engine that touches Spring
 * Statemachine, so it can be replaced in one place.
 * <p>
 * States are step ids plus the summary; a move is (state, event, target). Answering or skipping
 * may go to any later step or the summary (the definition's {@code next} rule picks one), Back to
 * any earlier step, Edit from the summary to any step. A machine is built once per definition and
 * thread; before each move it is reset to the session's stored step, so nothing in memory
 * decides anything. Definitions whose steps come from their context are told apart by their
 * {@link DialogDefinition#shape() shape} (their step ids), of which there are few.
 */
final class DialogLifecycle {

	/** What the user does to move a dialog. */
	enum Move {

		ANSWER, SKIP, BACK, EDIT

	}

	private static final String TARGET = "target";

	private final Map<String, ThreadLocal<StateMachine<String, Move>>> machines = new ConcurrentHashMap<>();

	/** The machine's verdicts, remembered: a definition's moves never change while it runs. */
	private final Map<String, Boolean> verdicts = new ConcurrentHashMap<>();

	/**
	 * Whether moving from {@code from} to {@code target} by {@code move} is legal in
	 * {@code dialog}. The machine decides the first time; its answer is remembered (the benchmark
	 * found a machine run per check to be 15% of a dialog update's CPU).
	 */
	boolean permits(DialogDefinition dialog, String from, Move move, String target) {
		return verdicts.computeIfAbsent(dialog.shape() + '\u0000' + from + '\u0000' + move + '\u0000' + target,
				key -> decide(dialog, from, move, target));
	}

	private boolean decide(DialogDefinition dialog, String from, Move move, String target) {
		StateMachine<String, Move> machine = machines
			.computeIfAbsent(dialog.shape(), shape -> ThreadLocal.withInitial(() -> build(dialog)))
			.get();
		machine.stopReactively().block();
		machine.getStateMachineAccessor()
			.doWithAllRegions(region -> region
				.resetStateMachineReactively(new DefaultStateMachineContext<>(from, null, null, null))
				.block());
		machine.startReactively().block();
		var message = MessageBuilder.withPayload(move).setHeader(TARGET, target).build();
		var result = machine.sendEvent(Mono.just(message)).blockLast();
		return result != null && result.getResultType() == ResultType.ACCEPTED && target.equals(machine.getState().getId());
	}

	private static StateMachine<String, Move> build(DialogDefinition dialog) {
		try {
			var builder = StateMachineBuilder.<String, Move>builder();
			builder.configureConfiguration().withConfiguration().autoStartup(false);
			Set<String> states = dialog.steps().stream().map(Step::id).collect(Collectors.toSet());
			states.add(DialogDefinition.SUMMARY);
			StateConfigurer<String, Move> stateConfig = builder.configureStates().withStates();
			stateConfig.initial(dialog.steps().get(0).id()).states(states);
			var transitions = builder.configureTransitions();
			var steps = dialog.steps();
			for (int i = 0; i < steps.size(); i++) {
				Step step = steps.get(i);
				for (int j = i + 1; j < steps.size(); j++) {
					forward(transitions, step, steps.get(j).id());
				}
				forward(transitions, step, DialogDefinition.SUMMARY);
				for (int j = 0; j < i; j++) {
					move(transitions, step.id(), steps.get(j).id(), Move.BACK);
				}
				move(transitions, step.id(), DialogDefinition.SUMMARY, Move.BACK);
				move(transitions, DialogDefinition.SUMMARY, step.id(), Move.EDIT);
				move(transitions, DialogDefinition.SUMMARY, step.id(), Move.BACK);
			}
			return builder.build();
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot build the machine of dialog " + dialog.name(), ex);
		}
	}

	private static void forward(
			org.springframework.statemachine.config.builders.StateMachineTransitionConfigurer<String, Move> transitions,
			Step step, String target) throws Exception {
		move(transitions, step.id(), target, Move.ANSWER);
		if (step.optional()) {
			move(transitions, step.id(), target, Move.SKIP);
		}
	}

	private static void move(
			org.springframework.statemachine.config.builders.StateMachineTransitionConfigurer<String, Move> transitions,
			String source, String target, Move event) throws Exception {
		transitions.withExternal()
			.source(source)
			.target(target)
			.event(event)
			.guard(context -> target.equals(context.getMessageHeader(TARGET)));
	}

}
