package dev.marketassist.dialogs.engine;

import java.util.function.Predicate;

/**
 * A named condition on a dialog's answers, on a branch of its definition
 * ({@link DialogDefinition.StepRoute#branch}): the machine of {@link DialogLifecycle} evaluates it
 * to decide where an answer leads, and the generated diagram shows its name on the arrow.
 *
 * @param name what the diagram shows (short, no colon)
 * @param test the condition; it throws {@link IllegalStateException} when an answer it reads is
 * not given yet (the path is then undecided, see {@link DialogDefinition#pathOf})
 */
public record Guard(String name, Predicate<Answers> test) {

	public Guard {
		if (name == null || name.isBlank() || name.contains(":") || name.contains("\n")) {
			throw new IllegalArgumentException("a guard needs a short name without a colon: " + name);
		}
	}

	/** A condition with its name. */
	public static Guard when(String name, Predicate<Answers> test) {
		return new Guard(name, test);
	}

	/**
	 * The answer to {@code step} is {@code value}; named {@code step = value}. Undecided (it throws)
	 * while {@code step} has no answer.
	 */
	public static Guard is(String step, String value) {
		return new Guard(step + " = " + value, answers -> answers.get(step).equals(value));
	}

	boolean test(Answers answers) {
		return test.test(answers);
	}

}
