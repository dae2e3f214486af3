package dev.marketassist.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketassist.core.Refused;
import org.junit.jupiter.api.Test;

class ReviewLifecycleTests {

	final ReviewLifecycle reviews = new ReviewLifecycle();

	@Test
	void opensAWaitingTicketOnce() {
		assertThat(reviews.next(ReviewStatus.WAITING, ReviewTrigger.START)).isEqualTo(ReviewStatus.OPEN);
		assertThatThrownBy(() -> reviews.next(ReviewStatus.OPEN, ReviewTrigger.START)).isInstanceOf(Refused.class);
	}

	@Test
	void isDecidedOnlyAfterBeingClaimed() {
		assertThat(reviews.next(ReviewStatus.OPEN, ReviewTrigger.CLAIM)).isEqualTo(ReviewStatus.CLAIMED);
		assertThat(reviews.next(ReviewStatus.CLAIMED, ReviewTrigger.APPROVE)).isEqualTo(ReviewStatus.APPROVED);
		assertThat(reviews.next(ReviewStatus.CLAIMED, ReviewTrigger.REJECT)).isEqualTo(ReviewStatus.REJECTED);
		assertThat(reviews.next(ReviewStatus.CLAIMED, ReviewTrigger.RELEASE)).isEqualTo(ReviewStatus.OPEN);
		assertThatThrownBy(() -> reviews.next(ReviewStatus.OPEN, ReviewTrigger.APPROVE)).isInstanceOf(Refused.class)
			.hasMessage("refused.review.approve");
		assertThatThrownBy(() -> reviews.next(ReviewStatus.APPROVED, ReviewTrigger.REJECT)).isInstanceOf(Refused.class);
	}

	@Test
	void refusesEveryMoveTheTableDoesNotAllow() {
		for (ReviewStatus status : ReviewStatus.values()) {
			for (ReviewTrigger trigger : ReviewTrigger.values()) {
				boolean legal = status == ReviewStatus.WAITING && trigger == ReviewTrigger.START
						|| status == ReviewStatus.OPEN && trigger == ReviewTrigger.CLAIM
						|| status == ReviewStatus.CLAIMED && trigger != ReviewTrigger.START && trigger != ReviewTrigger.CLAIM;
				if (legal) {
					assertThat(reviews.next(status, trigger)).as(status + " " + trigger).isNotNull();
				}
				else {
					assertThatThrownBy(() -> reviews.next(status, trigger)).as(status + " " + trigger)
						.isInstanceOf(Refused.class)
						.hasMessageStartingWith("refused.review.");
				}
			}
		}
	}

	@Test
	void keepsDecidedTicketsDecided() {
		for (ReviewStatus decided : new ReviewStatus[] { ReviewStatus.APPROVED, ReviewStatus.REJECTED }) {
			for (ReviewTrigger trigger : ReviewTrigger.values()) {
				assertThatThrownBy(() -> reviews.next(decided, trigger)).isInstanceOf(Refused.class);
			}
		}
	}

}
