package dev.marketassist.dialogs.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A dialog and its graph, the one source of both: its name (stable, stored in sessions; also the
 * prefix of its bundle keys), its steps, one per line, each with where it leads, and what
 * submitting does. The title is {@code <name>.title} in the bundles.
 *
 * <pre>
 * dialog("shop")
 *     .ask(Step.text("scope").parse(TextRule.SHOP_TEXT::check)).then("features")
 *     .ask(Step.choice("kind", "a", "b")).branch(Guard.is("kind", "b"), "extra").then(SUMMARY)
 *     .ask(Step.text("extra").skippable()).then(SUMMARY)
 *     .onSubmit(...)
 * </pre>
 * An answer (or Skip) leads to the target of the first branch whose guard holds, else to its
 * {@code then}; Back returns to the step it came from; the summary's Edit jumps to any step and
 * comes straight back. {@link DialogLifecycle} builds the Spring Statemachine machine that makes
 * these moves from this graph, {@link DialogDiagram} draws it.
 * <p>
 * The steps may depend on what the dialog is about ({@link DialogBuilder#stepsFrom}: a form made from a
 * seller's template, carried in the dialog's context), then in a straight line: {@link #steps()}
 * are the steps of an empty context, and the engine runs {@link #resolve(Map) the steps of each
 * session's context}.
 */
public final class DialogDefinition {

	/** Reserved step id of the summary. */
	public static final String SUMMARY = "_summary";

	private final String name;

	private final List<Step> steps;

	private final Map<String, Step> byId;

	private final Map<String, Route> routes;

	private final List<String> about;

	private final SubmitHandler onSubmit;

	private final ExitHandler onExit;

	/** The steps for a context, or {@code null} when they are always the same. */
	private final Function<Map<String, String>, List<Step>> stepsFor;

	/** The exits by their machine state. */
	private final Map<String, Next.Exit> exits;

	/** Name and step ids with their kinds: definitions of one shape have the same legal moves. */
	private final String shape;

	/** Told when the dialog is left through an exit (for example to schedule a reminder). */
	@FunctionalInterface
	public interface ExitHandler {

		void exited(String messageKey, SubmitHandler.Submission submission);

	}

	/**
	 * Where a step leads: the first branch whose guard holds, else {@code then}.
	 * @param branches guarded targets, in the order they are tried
	 * @param then the target when no guard holds
	 */
	record Route(List<Branch> branches, Next then) {
	}

	/** A guarded target of a step. */
	record Branch(Guard guard, Next target) {
	}

	DialogDefinition(String name, List<Step> steps, Map<String, Route> routes, List<String> about,
			SubmitHandler onSubmit, ExitHandler onExit, Function<Map<String, String>, List<Step>> stepsFor) {
		if (steps.isEmpty()) {
			throw new IllegalArgumentException("a dialog needs steps");
		}
		this.name = name;
		this.steps = List.copyOf(steps);
		this.byId = steps.stream().collect(Collectors.toMap(Step::id, Function.identity(), (a, b) -> a));
		if (byId.size() != steps.size() || byId.containsKey(SUMMARY)) {
			throw new IllegalArgumentException("step ids must be unique in " + name);
		}
		this.routes = Map.copyOf(routes);
		this.about = List.copyOf(about);
		this.onSubmit = onSubmit;
		this.onExit = onExit;
		this.stepsFor = stepsFor;
		this.shape = stepsFor == null ? name
				: name + steps.stream().map(step -> step.id() + (step.optional() ? "?" : "")).collect(Collectors.joining(",", "[", "]"));
		for (Step step : steps) {
			Route route = routes.get(step.id());
			if (route == null) {
				throw new IllegalArgumentException("step " + step.id() + " of " + name + " leads nowhere: give it a then");
			}
			route.branches().forEach(branch -> checkTarget(step, branch.target()));
			checkTarget(step, route.then());
		}
		this.exits = collectExits();
	}

	private void checkTarget(Step from, Next target) {
		if (target instanceof Next.To to && (!byId.containsKey(to.step()) || to.step().equals(from.id()))) {
			throw new IllegalArgumentException("step " + from.id() + " of " + name + " leads to no step " + to.step());
		}
	}

	/** A straight line: each step then the next, the last then the summary. */
	static Map<String, Route> line(List<Step> steps) {
		Map<String, Route> routes = new HashMap<>();
		for (int i = 0; i < steps.size(); i++) {
			routes.put(steps.get(i).id(),
					new Route(List.of(), i + 1 < steps.size() ? Next.to(steps.get(i + 1).id()) : Next.summary()));
		}
		return routes;
	}

	/**
	 * This dialog as it runs for {@code context}: itself, unless its steps depend on the context.
	 */
	public DialogDefinition resolve(Map<String, String> context) {
		if (stepsFor == null) {
			return this;
		}
		List<Step> made = stepsFor.apply(context == null ? Map.of() : context);
		return new DialogDefinition(name, made, line(made), about, onSubmit, onExit, stepsFor);
	}

	/**
	 * What identifies the legal moves of this definition: its name, and for steps made from a
	 * context also their ids (a form of three fields moves differently from one of five).
	 */
	String shape() {
		return shape;
	}

	/** Starts a definition: {@code dialog("onboarding").ask(...).then(...) ... .onSubmit(...)}. */
	public static DialogBuilder dialog(String name) {
		return new DialogBuilder(name);
	}

	public String name() {
		return name;
	}

	public List<Step> steps() {
		return steps;
	}

	/** What the dialog is about, for its diagram (comment lines). */
	public List<String> about() {
		return about;
	}

	public Step step(String id) {
		Step step = byId.get(id);
		if (step == null) {
			throw new IllegalArgumentException("no step " + id + " in " + name);
		}
		return step;
	}

	public boolean hasStep(String id) {
		return byId.containsKey(id);
	}

	public int indexOf(String id) {
		return steps.indexOf(step(id));
	}

	public SubmitHandler onSubmit() {
		return onSubmit;
	}

	public ExitHandler onExit() {
		return onExit;
	}

	/** Where {@code step} leads. */
	Route route(String step) {
		return routes.get(step);
	}

	/** The exits of the dialog by their machine state ({@code exit:<message key>}). */
	Map<String, Next.Exit> exits() {
		return exits;
	}

	private Map<String, Next.Exit> collectExits() {
		Map<String, Next.Exit> exits = new LinkedHashMap<>();
		for (Step step : steps) {
			for (Branch branch : routes.get(step.id()).branches()) {
				if (branch.target() instanceof Next.Exit exit) {
					Next.Exit known = exits.putIfAbsent(exitState(exit), exit);
					if (known != null && !known.equals(exit)) {
						throw new IllegalArgumentException("two exits " + exit.messageKey() + " in " + name);
					}
				}
			}
			if (routes.get(step.id()).then() instanceof Next.Exit) {
				throw new IllegalArgumentException("an exit needs a guard: " + step.id() + " of " + name);
			}
		}
		return exits;
	}

	static String exitState(Next.Exit exit) {
		return "exit:" + exit.messageKey();
	}

	/**
	 * Where an answer to {@code step} leads, the definition read as a function (paths, progress);
	 * the engine's moves are the machine's.
	 * @throws IllegalStateException if a guard needs an answer not given yet
	 */
	Next next(Step step, Answers answers) {
		Route route = routes.get(step.id());
		for (Branch branch : route.branches()) {
			if (branch.guard().test(answers)) {
				return branch.target();
			}
		}
		return route.then();
	}

	/**
	 * The step ids on the path that {@code answers} (in clear) take from the first step to the
	 * summary, as far as the guards can tell. For a dialog opened on its summary with known
	 * answers (a product being modified) it is the trail that Back walks.
	 */
	public List<String> pathOf(Map<String, String> answers, Map<String, String> context) {
		Answers known = new Answers(this, answers, UnaryOperator.identity(), context == null ? Map.of() : context);
		List<String> path = new ArrayList<>();
		Step step = steps.get(0);
		try {
			while (step != null && !path.contains(step.id())) {
				path.add(step.id());
				step = next(step, known) instanceof Next.To to ? byId.get(to.step()) : null;
			}
		}
		catch (IllegalStateException undecided) {
			// a guard needs an answer not given: the path ends here
		}
		return path;
	}

	/** The steps on the path {@code answers} take, in order, as far as they are decided. */
	List<Step> path(Answers answers) {
		List<Step> path = new ArrayList<>();
		Step step = steps.get(0);
		while (step != null && !path.contains(step)) {
			path.add(step);
			if (!answers.has(step.id()) && !step.optional()) {
				break;
			}
			step = next(step, answers) instanceof Next.To to ? byId.get(to.step()) : null;
		}
		return path;
	}

	/**
	 * "Step k of N" as this run asks it: the position of {@code current} on the path its answers
	 * choose so far (a skipped branch does not count), and that path's length; {@code null} if
	 * the path cannot be told (then the caller counts all steps).
	 */
	int[] position(String current, Map<String, String> stored, Map<String, String> context) {
		// the step being asked counts as unanswered: an earlier answer to it (one that left the dialog) decides nothing
		Map<String, String> known = new HashMap<>(stored);
		known.remove(current);
		Answers answers = new Answers(this, known, UnaryOperator.identity(), context == null ? Map.of() : context);
		List<String> path = new ArrayList<>();
		Step step = steps.get(0);
		try {
			while (step != null && path.size() <= steps.size() && !path.contains(step.id())) {
				path.add(step.id());
				step = next(step, answers) instanceof Next.To to ? byId.get(to.step()) : null;
			}
		}
		catch (RuntimeException undecided) {
			return null; // a guard that needs an answer not given yet
		}
		int at = path.indexOf(current);
		return at < 0 ? null : new int[] { at + 1, path.size() };
	}

}
