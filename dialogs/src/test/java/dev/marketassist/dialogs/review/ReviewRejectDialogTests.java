package dev.marketassist.dialogs.review;

import static dev.marketassist.dialogs.engine.DialogDefinition.SUMMARY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marketassist.dialogs.engine.DialogWalk;
import org.junit.jupiter.api.Test;

/** The rejection dialog walked through the engine. */
class ReviewRejectDialogTests {

	final DialogWalk walk = new DialogWalk(ReviewDefinitions.reject()).start();

	@Test
	void aTemplateThenOptionalDetailsThenTheSummary() {
		walk.answer("mismatch").skip();
		assertThat(walk.visited()).containsExactly("template", "details", SUMMARY);
		walk.edit("details").answer("The logo shows another company.");
		assertThat(walk.at()).isEqualTo(SUMMARY);
		assertThat(walk.lastText()).contains("The logo shows another company.");
	}

}
