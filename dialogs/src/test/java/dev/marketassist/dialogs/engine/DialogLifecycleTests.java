package dev.marketassist.dialogs.engine;

import static dev.marketassist.dialogs.engine.DialogDefinition.SUMMARY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.marketassist.dialogs.engine.DialogLifecycle.Move;
import dev.marketassist.dialogs.engine.DialogLifecycle.Session;
import org.junit.jupiter.api.Test;

/**
 * The machine built from a definition decides the moves: its guards read the session's answers,
 * mode and trail (the sample dialog, and a branching one).
 */
class DialogLifecycleTests {

	final DialogLifecycle lifecycle = new DialogLifecycle();

	final DialogDefinition sample = new SampleDialog().definition;

	final DialogDefinition branching = DialogDefinition.dialog("branching")
		.ask(Step.choice("kind", "a", "b", "c")).branch(Guard.is("kind", "b"), "b1").branch(Guard.is("kind", "c"), SUMMARY).then("a1")
		.ask(Step.text("a1")).then("shared")
		.ask(Step.text("b1").skippable()).then("shared")
		.ask(Step.text("shared")).then(SUMMARY)
		.onSubmit((answers, submission) -> java.util.List.of());

	Session asking(DialogDefinition dialog, String cameFrom, String... answers) {
		Map<String, String> given = new HashMap<>();
		for (int i = 0; i < answers.length; i += 2) {
			given.put(answers[i], answers[i + 1]);
		}
		return new Session(new Answers(dialog, given, UnaryOperator.identity()), false, cameFrom);
	}

	Session editing(DialogDefinition dialog, String... answers) {
		return new Session(asking(dialog, null, answers).answers(), true, null);
	}

	@Test
	void anAnswerGoesWhereTheFirstHoldingGuardSaysElseToThen() {
		assertThat(lifecycle.next(branching, "kind", Move.ANSWER, asking(branching, null, "kind", "a"), null)).contains("a1");
		assertThat(lifecycle.next(branching, "kind", Move.ANSWER, asking(branching, null, "kind", "b"), null)).contains("b1");
		assertThat(lifecycle.next(branching, "kind", Move.ANSWER, asking(branching, null, "kind", "c"), null)).contains(SUMMARY);
		assertThat(lifecycle.next(sample, "agree", Move.ANSWER, asking(sample, null, "agree", "no"), null))
			.contains("exit:sample.declined");
	}

	@Test
	void aMoveDecidedOnceIsDecidedAlikeForEveryModeAndTrailItDependsOn() {
		for (int round = 0; round < 2; round++) { // the second round is answered from what the machine decided in the first
			assertThat(lifecycle.next(branching, "a1", Move.ANSWER, asking(branching, "kind", "kind", "a"), null)).contains("shared");
			assertThat(lifecycle.next(branching, "a1", Move.ANSWER, editing(branching, "kind", "a"), null)).contains(SUMMARY);
			assertThat(lifecycle.next(branching, "shared", Move.BACK, asking(branching, "a1"), null)).contains("a1");
			assertThat(lifecycle.next(branching, "shared", Move.BACK, asking(branching, "b1"), null)).contains("b1");
			assertThat(lifecycle.next(branching, "shared", Move.BACK, asking(branching, "kind"), null)).isEmpty();
			assertThat(lifecycle.next(sample, SUMMARY, Move.EDIT, asking(sample, "secret"), "note")).contains("note");
			assertThat(lifecycle.next(sample, SUMMARY, Move.EDIT, asking(sample, "secret"), "nowhere")).isEmpty();
			for (String kind : round == 0 ? List.of("b", "a", "c") : List.of("c", "b", "a")) {
				assertThat(lifecycle.next(branching, "kind", Move.ANSWER, asking(branching, null, "kind", kind), null))
					.as("a branching step: decided by its guards' outcomes on the answers").contains(Map.of("a", "a1", "b", "b1", "c", SUMMARY).get(kind));
			}
			assertThat(lifecycle.next(branching, "kind", Move.ANSWER, asking(branching, null), null))
				.as("undecided: the guard needs an answer not given").isEmpty();
		}
	}

	@Test
	void whileEditingAnAnswerReturnsToTheSummaryWhateverTheGuardsSay() {
		assertThat(lifecycle.next(branching, "kind", Move.ANSWER, editing(branching, "kind", "b"), null)).contains(SUMMARY);
		assertThat(lifecycle.next(sample, "agree", Move.ANSWER, editing(sample, "agree", "no"), null)).contains(SUMMARY);
	}

	@Test
	void onlyOptionalStepsCanBeSkipped() {
		assertThat(lifecycle.next(branching, "b1", Move.SKIP, asking(branching, "kind", "kind", "b"), null)).contains("shared");
		assertThat(lifecycle.next(branching, "a1", Move.SKIP, asking(branching, "kind", "kind", "a"), null)).isEmpty();
	}

	@Test
	void backReturnsToTheStepTheDialogCameFromAndOnlyThere() {
		assertThat(lifecycle.next(branching, "shared", Move.BACK, asking(branching, "b1"), null)).contains("b1");
		assertThat(lifecycle.next(branching, "shared", Move.BACK, asking(branching, "a1"), null)).contains("a1");
		assertThat(lifecycle.next(branching, "shared", Move.BACK, asking(branching, "kind"), null)).isEmpty();
		assertThat(lifecycle.next(branching, SUMMARY, Move.BACK, asking(branching, "kind"), null)).contains("kind");
		assertThat(lifecycle.next(branching, "a1", Move.BACK, editing(branching), null)).contains(SUMMARY);
	}

	@Test
	void editGoesFromTheSummaryToTheChosenStepOnly() {
		assertThat(lifecycle.next(sample, SUMMARY, Move.EDIT, asking(sample, "secret"), "note")).contains("note");
		assertThat(lifecycle.next(sample, "name", Move.EDIT, asking(sample, "agree"), "note")).isEmpty();
		assertThat(lifecycle.next(sample, SUMMARY, Move.EDIT, asking(sample, "secret"), "nowhere")).isEmpty();
	}

	@Test
	void aGuardThatNeedsAnAnswerNotGivenRefusesTheMove() {
		Optional<String> undecided = lifecycle.next(branching, "kind", Move.ANSWER, asking(branching, null), null);
		assertThat(undecided).isEmpty();
	}

}
