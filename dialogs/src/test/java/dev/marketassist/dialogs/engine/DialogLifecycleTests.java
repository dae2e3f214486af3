package dev.marketassist.dialogs.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketassist.dialogs.engine.DialogLifecycle.Move;
import org.junit.jupiter.api.Test;

/** The legal moves between the sample dialog's steps, as Spring Statemachine decides them. */
class DialogLifecycleTests {

	final DialogLifecycle lifecycle = new DialogLifecycle();

	final DialogDefinition sample = new SampleDialog().definition;

	@Test
	void permitsAnsweringForwardAndBackToEarlierSteps() {
		assertThat(lifecycle.permits(sample, "agree", Move.ANSWER, "name")).isTrue();
		assertThat(lifecycle.permits(sample, "name", Move.ANSWER, DialogDefinition.SUMMARY)).isTrue();
		assertThat(lifecycle.permits(sample, "secret", Move.BACK, "agree")).isTrue();
		assertThat(lifecycle.permits(sample, DialogDefinition.SUMMARY, Move.EDIT, "note")).isTrue();
	}

	@Test
	void refusesBackwardAnswersForwardBacksAndEditsOutsideTheSummary() {
		assertThat(lifecycle.permits(sample, "name", Move.ANSWER, "agree")).isFalse();
		assertThat(lifecycle.permits(sample, "agree", Move.BACK, "name")).isFalse();
		assertThat(lifecycle.permits(sample, "name", Move.EDIT, "note")).isFalse();
	}

	@Test
	void letsOnlyOptionalStepsBeSkippedAndGivesTheSameVerdictEveryTime() {
		assertThat(lifecycle.permits(sample, "note", Move.SKIP, "secret")).isTrue();
		assertThat(lifecycle.permits(sample, "name", Move.SKIP, "note")).isFalse();
		assertThat(lifecycle.permits(sample, "name", Move.SKIP, "note")).isFalse();
		assertThat(lifecycle.permits(sample, "note", Move.SKIP, "secret")).isTrue();
	}

}
