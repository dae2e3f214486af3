package dev.marketassist.dialogs.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.marketassist.dialogs.engine.DialogDefinition.Branch;
import dev.marketassist.dialogs.engine.DialogDefinition.ExitHandler;
import dev.marketassist.dialogs.engine.DialogDefinition.Route;

/**
 * Builds a {@link DialogDefinition}: one {@link #ask} per step and line, each closed by where it
 * leads ({@link StepRoute#branch}, {@link StepRoute#exit}, {@link StepRoute#then}), then
 * {@link #onSubmit}.
 */
public final class DialogBuilder {

	private final String name;

	private final List<Step> steps = new ArrayList<>();

	private final Map<String, Route> routes = new HashMap<>();

	private final List<String> about = new ArrayList<>();

	private Function<Map<String, String>, List<Step>> stepsFor;

	private ExitHandler onExit = (key, submission) -> {
	};

	DialogBuilder(String name) {
		this.name = name;
	}

	/** A line of the diagram's heading comment (what the dialog is, what its steps do). */
	public DialogBuilder about(String line) {
		about.add(line);
		return this;
	}

	/** The next step; say where it leads with {@link StepRoute#branch} and {@link StepRoute#then}. */
	public StepRoute ask(Step step) {
		return new StepRoute(this, step);
	}

	/** Steps in a straight line: each then the next, the last then the summary. */
	public DialogBuilder steps(Step... line) {
		steps.addAll(List.of(line));
		routes.putAll(DialogDefinition.line(List.of(line)));
		return this;
	}

	/**
	 * Steps that depend on what the dialog is about (its context, given when it starts), in a
	 * straight line; the empty context's steps are its default.
	 */
	public DialogBuilder stepsFrom(Function<Map<String, String>, List<Step>> stepsFor) {
		steps.clear();
		routes.clear();
		steps(stepsFor.apply(Map.of()).toArray(Step[]::new));
		this.stepsFor = stepsFor;
		return this;
	}

	/** What to do when the dialog is left through an exit. */
	public DialogBuilder onExit(ExitHandler onExit) {
		this.onExit = onExit;
		return this;
	}

	public DialogDefinition onSubmit(SubmitHandler onSubmit) {
		return new DialogDefinition(name, steps, routes, about, onSubmit, onExit, stepsFor);
	}

	/** Where one step of a {@link DialogBuilder} leads: its branches, then its {@link #then}. */
	public static final class StepRoute {

		private final DialogBuilder dialog;

		private final Step step;

		private final List<Branch> branches = new ArrayList<>();

		StepRoute(DialogBuilder dialog, Step step) {
			this.dialog = dialog;
			this.step = step;
		}

		/** If {@code guard} holds, to {@code target} (a step's id or {@link DialogDefinition#SUMMARY}). */
		public StepRoute branch(Guard guard, String target) {
			branches.add(new Branch(guard, target(target)));
			return this;
		}

		/**
		 * If {@code guard} holds, the dialog is left without submitting, saying {@code messageKey}
		 * (with {@code args}); with {@code keepDraft} the answers are kept for a later return.
		 */
		public StepRoute exit(Guard guard, String messageKey, boolean keepDraft, Object... args) {
			branches.add(new Branch(guard, Next.exit(messageKey, keepDraft, args)));
			return this;
		}

		/** Otherwise to {@code target} (a step's id or {@link DialogDefinition#SUMMARY}); the step is complete. */
		public DialogBuilder then(String target) {
			dialog.steps.add(step);
			dialog.routes.put(step.id(), new Route(List.copyOf(branches), target(target)));
			return dialog;
		}

		private static Next target(String target) {
			return DialogDefinition.SUMMARY.equals(target) ? Next.summary() : Next.to(target);
		}

	}

}
