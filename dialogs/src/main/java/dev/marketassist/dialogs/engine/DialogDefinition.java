package dev.marketassist.dialogs.engine;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A dialog: its name (stable, stored in sessions; also the prefix of its bundle keys), its steps
 * in order, and what submitting does. The title is {@code <name>.title} in the bundles.
 * <p>
 * The steps may depend on what the dialog is about ({@link Builder#stepsFrom}: a form made from a
 * seller's template, carried in the dialog's context): {@link #steps()} are then the steps of an
 * empty context, and the engine runs {@link #resolve(Map) the steps of each session's context}.
 */
public final class DialogDefinition {

	/** Reserved step id of the summary. */
	public static final String SUMMARY = "_summary";

	private final String name;

	private final List<Step> steps;

	private final Map<String, Step> byId;

	private final SubmitHandler onSubmit;

	private final ExitHandler onExit;

	/** The steps for a context, or {@code null} when they are always the same. */
	private final Function<Map<String, String>, List<Step>> stepsFor;

	/** Name and step ids with their kinds: definitions of one shape have the same legal moves. */
	private final String shape;

	/** Told when the dialog is left through a {@link Next.Exit} (for example to schedule a reminder). */
	@FunctionalInterface
	public interface ExitHandler {

		void exited(String messageKey, SubmitHandler.Submission submission);

	}

	private DialogDefinition(String name, List<Step> steps, SubmitHandler onSubmit, ExitHandler onExit,
			Function<Map<String, String>, List<Step>> stepsFor) {
		if (steps.isEmpty()) {
			throw new IllegalArgumentException("a dialog needs steps");
		}
		this.name = name;
		this.steps = List.copyOf(steps);
		this.byId = steps.stream().collect(Collectors.toMap(Step::id, Function.identity()));
		if (byId.size() != steps.size() || byId.containsKey(SUMMARY)) {
			throw new IllegalArgumentException("step ids must be unique in " + name);
		}
		this.onSubmit = onSubmit;
		this.onExit = onExit;
		this.stepsFor = stepsFor;
		this.shape = stepsFor == null ? name
				: name + steps.stream().map(step -> step.id() + (step.optional() ? "?" : "")).collect(Collectors.joining(",", "[", "]"));
	}

	/**
	 * This dialog as it runs for {@code context}: itself, unless its steps depend on the context.
	 */
	public DialogDefinition resolve(Map<String, String> context) {
		if (stepsFor == null) {
			return this;
		}
		return new DialogDefinition(name, stepsFor.apply(context == null ? Map.of() : context), onSubmit, onExit, stepsFor);
	}

	/**
	 * What identifies the legal moves of this definition: its name, and for steps made from a
	 * context also their ids (a form of three fields moves differently from one of five).
	 */
	String shape() {
		return shape;
	}

	/** Starts a definition: {@code dialog("onboarding").steps(...).onSubmit(...)}. */
	public static Builder dialog(String name) {
		return new Builder(name);
	}

	public String name() {
		return name;
	}

	public List<Step> steps() {
		return steps;
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

	/**
	 * "Step k of N" as this run asks it: the position of {@code current} on the path its answers
	 * choose so far (a skipped branch does not count), and that path's length; {@code null} if
	 * the path cannot be told (then the caller counts all steps).
	 */
	int[] position(String current, Map<String, String> stored, Map<String, String> context) {
		// the step being asked counts as unanswered: an earlier answer to it (one that left the dialog) decides nothing
		Map<String, String> known = new java.util.HashMap<>(stored);
		known.remove(current);
		Answers answers = new Answers(this, known, UnaryOperator.identity(), context == null ? Map.of() : context);
		List<String> path = new java.util.ArrayList<>();
		Step step = steps.isEmpty() ? null : steps.get(0);
		try {
			while (step != null && path.size() <= steps.size() && !path.contains(step.id())) {
				path.add(step.id());
				step = nextAfter(step, answers) instanceof Next.To to && byId.containsKey(to.step()) ? byId.get(to.step()) : null;
			}
		}
		catch (RuntimeException undecided) {
			return null; // a rule that needs an answer not given yet
		}
		int at = path.indexOf(current);
		return at < 0 ? null : new int[] { at + 1, path.size() };
	}

	/** Where the dialog goes after {@code step}: its own rule, else the next step, else the summary. */
	Next nextAfter(Step step, Answers answers) {
		if (step.next() != null) {
			return step.next().apply(answers);
		}
		int index = steps.indexOf(step);
		return index + 1 < steps.size() ? Next.to(steps.get(index + 1).id()) : Next.summary();
	}

	/** Builder for a dialog definition. */
	public static final class Builder {

		private final String name;

		private List<Step> steps = List.of();

		private Function<Map<String, String>, List<Step>> stepsFor;

		private ExitHandler onExit = (key, submission) -> {
		};

		Builder(String name) {
			this.name = name;
		}

		public Builder steps(Step... steps) {
			this.steps = List.of(steps);
			this.stepsFor = null;
			return this;
		}

		/**
		 * Steps that depend on what the dialog is about (its context, given when it starts); the
		 * empty context's steps are its default.
		 */
		public Builder stepsFrom(Function<Map<String, String>, List<Step>> stepsFor) {
			this.steps = stepsFor.apply(Map.of());
			this.stepsFor = stepsFor;
			return this;
		}

		/** What to do when the dialog is left through an exit step. */
		public Builder onExit(ExitHandler onExit) {
			this.onExit = onExit;
			return this;
		}

		public DialogDefinition onSubmit(SubmitHandler onSubmit) {
			return new DialogDefinition(name, steps, onSubmit, onExit, stepsFor);
		}

	}

}
