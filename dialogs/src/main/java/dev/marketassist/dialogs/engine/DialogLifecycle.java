package dev.marketassist.dialogs.engine;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.marketassist.dialogs.engine.DialogDefinition.Branch;
import dev.marketassist.dialogs.engine.DialogDefinition.Route;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateContext;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult.ResultType;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.builders.StateMachineTransitionConfigurer;
import org.springframework.statemachine.config.configurers.ChoiceTransitionConfigurer;
import org.springframework.statemachine.config.configurers.StateConfigurer;
import org.springframework.statemachine.guard.Guard;
import org.springframework.statemachine.support.DefaultExtendedState;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

/**
 * A dialog's moves as a Spring Statemachine machine built from its definition: this class decides
 * where the user's move takes the dialog. It is the only class of the dialog engine that touches
 * Spring Statemachine, so it can be replaced in one place.
 * <p>
 * States: the steps, the summary and the dialog's exits. An answer or Skip ({@link Move#ANSWER},
 * {@link Move#SKIP}: optional steps only) enters the step's choice, which goes to the summary
 * while a summary's Edit is being answered, else to the target of the first branch whose
 * {@link dev.marketassist.dialogs.engine.Guard guard} holds for the session's answers, else to
 * the step's {@code then}. Back returns to the step the dialog came from (each step that leads to
 * this one, guarded by the session's trail), or to the summary while editing. Edit goes from the
 * summary to the chosen step. Before each move the machine (one per definition and thread) is
 * reset to the session's step with the session's answers, mode and trail as its extended state,
 * so nothing in memory decides anything.
 */
final class DialogLifecycle {

	/** What the user does to move a dialog. */
	enum Move {

		ANSWER, SKIP, BACK, EDIT

	}

	/**
	 * What the guards read of the session.
	 * @param answers its answers
	 * @param editing whether a summary's Edit is being answered (answer, skip and Back return to the summary)
	 * @param cameFrom the step the dialog came from (the trail's last), or {@code null}
	 */
	record Session(Answers answers, boolean editing, String cameFrom) {
	}

	private static final String ANSWERS = "answers";

	private static final String EDITING = "editing";

	private static final String CAME_FROM = "cameFrom";

	private static final String UNDECIDED = "undecided";

	/** The header of an Edit: the chosen step. */
	private static final String CHOSEN = "chosen";

	private final Map<String, ThreadLocal<StateMachine<String, Move>>> machines = new ConcurrentHashMap<>();

	/**
	 * What the machine decided, by everything its guards read: the move, the step, the mode, the
	 * trail (for Back), the chosen step (for Edit) and the outcome of each branch guard on the
	 * session's answers (guards are conditions on the answers alone). The same inputs always lead to
	 * the same place, so the machine is asked once for each (resetting and running it costs more than
	 * the rest of an update's handling). Bounded: the dialogs' shapes, steps, moves and guards are few.
	 */
	private final Map<Decided, Optional<String>> decided = new ConcurrentHashMap<>();

	private static final int MAX_DECIDED = 10_000;

	private record Decided(String shape, String from, Move move, boolean editing, String cameFrom, String chosen,
			String guards) {
	}

	/**
	 * Where {@code move} takes {@code dialog} from {@code from}: a step's id, the summary or an
	 * exit's state ({@link DialogDefinition#exitState}); empty if the machine refuses the move (or
	 * a guard needed an answer not given).
	 * @param chosen the step an Edit goes to; {@code null} for other moves
	 */
	Optional<String> next(DialogDefinition dialog, String from, Move move, Session session, String chosen) {
		String guards = guardOutcomes(dialog, from, move, session);
		if (guards == null) {
			return decide(dialog, from, move, session, chosen);
		}
		Decided key = new Decided(dialog.shape(), from, move, session.editing(), move == Move.BACK ? session.cameFrom() : null,
				chosen, guards);
		Optional<String> decided = this.decided.get(key);
		if (decided == null) {
			decided = decide(dialog, from, move, session, chosen);
			if (this.decided.size() < MAX_DECIDED) {
				this.decided.put(key, decided);
			}
		}
		return decided;
	}

	/**
	 * What the guards of the machine's choice read of the answers for this move, as the outcome of
	 * each of the step's branch guards in order ({@code T}, {@code F}, or {@code U}: an answer it
	 * needs is not given): empty for moves whose guards read no answers; {@code null} if the step is
	 * unknown here or a guard failed otherwise (the machine decides alone).
	 */
	private static String guardOutcomes(DialogDefinition dialog, String from, Move move, Session session) {
		if (move != Move.ANSWER && move != Move.SKIP) {
			return "";
		}
		Route route = dialog.route(from);
		if (route == null) {
			return null;
		}
		StringBuilder outcomes = new StringBuilder(route.branches().size());
		for (Branch branch : route.branches()) {
			try {
				outcomes.append(branch.guard().test(session.answers()) ? 'T' : 'F');
			}
			catch (IllegalStateException undecided) {
				outcomes.append('U');
			}
			catch (RuntimeException unexpected) {
				return null; // a guard that fails otherwise: the machine decides as it always did, nothing kept
			}
		}
		return outcomes.toString();
	}

	private Optional<String> decide(DialogDefinition dialog, String from, Move move, Session session, String chosen) {
		StateMachine<String, Move> machine = machines
			.computeIfAbsent(dialog.shape(), shape -> ThreadLocal.withInitial(() -> build(dialog)))
			.get();
		Map<Object, Object> variables = new HashMap<>();
		variables.put(ANSWERS, session.answers());
		variables.put(EDITING, session.editing());
		if (session.cameFrom() != null) {
			variables.put(CAME_FROM, session.cameFrom());
		}
		machine.stopReactively().block();
		machine.getStateMachineAccessor()
			.doWithAllRegions(region -> region
				.resetStateMachineReactively(
						new DefaultStateMachineContext<>(from, null, null, new DefaultExtendedState(variables)))
				.block());
		machine.startReactively().block();
		var message = MessageBuilder.withPayload(move);
		if (chosen != null) {
			message.setHeader(CHOSEN, chosen);
		}
		var result = machine.sendEvent(Mono.just(message.build())).blockLast();
		String reached = machine.getState().getId();
		// a move whose guards all fail leaves the machine where it was (no step leads to itself)
		if (result == null || result.getResultType() != ResultType.ACCEPTED || reached.equals(from)
				|| machine.getExtendedState().getVariables().containsKey(UNDECIDED)) {
			return Optional.empty();
		}
		return Optional.of(reached);
	}

	private static StateMachine<String, Move> build(DialogDefinition dialog) {
		try {
			var builder = StateMachineBuilder.<String, Move>builder();
			builder.configureConfiguration().withConfiguration().autoStartup(false);
			StateConfigurer<String, Move> states = builder.configureStates().withStates();
			states.initial(dialog.steps().get(0).id()).state(DialogDefinition.SUMMARY);
			dialog.exits().keySet().forEach(states::state);
			var transitions = builder.configureTransitions();
			for (Step step : dialog.steps()) {
				states.state(step.id()).choice(choice(step));
				forward(transitions, dialog, step);
				for (String earlier : predecessors(dialog, step.id())) {
					back(transitions, step.id(), earlier);
				}
				transitions.withExternal().source(step.id()).target(DialogDefinition.SUMMARY).event(Move.BACK)
					.guard(DialogLifecycle::editing);
				transitions.withExternal().source(DialogDefinition.SUMMARY).target(step.id()).event(Move.EDIT)
					.guard(context -> step.id().equals(context.getMessageHeader(CHOSEN)));
			}
			for (String last : predecessors(dialog, DialogDefinition.SUMMARY)) {
				back(transitions, DialogDefinition.SUMMARY, last);
			}
			return builder.build();
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot build the machine of dialog " + dialog.name(), ex);
		}
	}

	/** The steps of {@code dialog} that lead to {@code target} (a step or the summary), in the order of the steps. */
	private static Set<String> predecessors(DialogDefinition dialog, String target) {
		Set<String> from = new LinkedHashSet<>();
		for (Step step : dialog.steps()) {
			Route route = dialog.route(step.id());
			if (leadsTo(route.then(), target) || route.branches().stream().anyMatch(b -> leadsTo(b.target(), target))) {
				from.add(step.id());
			}
		}
		return from;
	}

	private static boolean leadsTo(Next next, String target) {
		return next instanceof Next.To to ? to.step().equals(target) : next instanceof Next.Summary && DialogDefinition.SUMMARY.equals(target);
	}

	private static String choice(Step step) {
		return "?" + step.id();
	}

	/** Answer (and Skip on an optional step) into the step's choice: editing, the branches, then. */
	private static void forward(StateMachineTransitionConfigurer<String, Move> transitions, DialogDefinition dialog,
			Step step) throws Exception {
		transitions.withExternal().source(step.id()).target(choice(step)).event(Move.ANSWER);
		if (step.optional()) {
			transitions.withExternal().source(step.id()).target(choice(step)).event(Move.SKIP);
		}
		Route route = dialog.route(step.id());
		ChoiceTransitionConfigurer<String, Move> choice = transitions.withChoice()
			.source(choice(step))
			.first(DialogDefinition.SUMMARY, DialogLifecycle::editing);
		for (Branch branch : route.branches()) {
			choice.then(state(branch.target()), holds(branch.guard()));
		}
		choice.last(state(route.then()));
	}

	private static void back(StateMachineTransitionConfigurer<String, Move> transitions, String from, String earlier)
			throws Exception {
		transitions.withExternal().source(from).target(earlier).event(Move.BACK)
			.guard(context -> !editing(context) && earlier.equals(context.getExtendedState().get(CAME_FROM, String.class)));
	}

	private static String state(Next target) {
		if (target instanceof Next.To to) {
			return to.step();
		}
		return target instanceof Next.Exit exit ? DialogDefinition.exitState(exit) : DialogDefinition.SUMMARY;
	}

	private static boolean editing(StateContext<String, Move> context) {
		return Boolean.TRUE.equals(context.getExtendedState().get(EDITING, Boolean.class));
	}

	/** A definition's guard on the session's answers; one that needs an answer not given marks the move undecided. */
	private static Guard<String, Move> holds(dev.marketassist.dialogs.engine.Guard guard) {
		return context -> {
			try {
				return guard.test(context.getExtendedState().get(ANSWERS, Answers.class));
			}
			catch (IllegalStateException undecided) {
				context.getExtendedState().getVariables().put(UNDECIDED, guard.name());
				return false;
			}
		};
	}

}
