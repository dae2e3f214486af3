package dev.marketassist.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketassist.core.Refused;
import org.junit.jupiter.api.Test;

class ShopLifecycleTests {

	final ShopLifecycle shops = new ShopLifecycle();

	@Test
	void goesToReviewFromDraftRejectedOrPublished() {
		assertThat(shops.next(ShopStatus.DRAFT, ShopTrigger.SUBMIT)).isEqualTo(ShopStatus.IN_REVIEW);
		assertThat(shops.next(ShopStatus.REJECTED, ShopTrigger.SUBMIT)).isEqualTo(ShopStatus.IN_REVIEW);
		assertThat(shops.next(ShopStatus.PUBLISHED, ShopTrigger.SUBMIT)).isEqualTo(ShopStatus.IN_REVIEW);
	}

	@Test
	void refusesASecondSubmissionWhileInReview() {
		assertThatThrownBy(() -> shops.next(ShopStatus.IN_REVIEW, ShopTrigger.SUBMIT)).isInstanceOf(Refused.class)
			.hasMessage("refused.shop.submit");
	}

	@Test
	void isDecidedOnlyInReview() {
		assertThat(shops.next(ShopStatus.IN_REVIEW, ShopTrigger.APPROVE)).isEqualTo(ShopStatus.PUBLISHED);
		assertThat(shops.next(ShopStatus.IN_REVIEW, ShopTrigger.REJECT)).isEqualTo(ShopStatus.REJECTED);
		assertThatThrownBy(() -> shops.next(ShopStatus.DRAFT, ShopTrigger.APPROVE)).isInstanceOf(Refused.class);
		assertThatThrownBy(() -> shops.next(ShopStatus.PUBLISHED, ShopTrigger.REJECT)).isInstanceOf(Refused.class);
	}

}
