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

}
