package dev.marketassist.dialogs.review;

import static org.mockito.Mockito.mock;

import dev.marketassist.dialogs.engine.DialogDefinition;
import dev.marketassist.review.ReviewDecisions;

/** The rejection dialog as its configuration defines it, over a stand-in for the domain (no Spring). */
public final class ReviewDefinitions {

	private ReviewDefinitions() {
	}

	public static DialogDefinition reject() {
		return new ReviewRejectDialog().reviewRejectDefinition(mock(ReviewDecisions.class));
	}

}
