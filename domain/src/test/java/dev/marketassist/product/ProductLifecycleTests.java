package dev.marketassist.product;

import static dev.marketassist.product.ProductStatus.DELISTED;
import static dev.marketassist.product.ProductStatus.DRAFT;
import static dev.marketassist.product.ProductStatus.IN_REVIEW;
import static dev.marketassist.product.ProductStatus.LISTED;
import static dev.marketassist.product.ProductStatus.REJECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketassist.core.Refused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductLifecycleTests {

	private final ProductLifecycle lifecycle = new ProductLifecycle();

	@ParameterizedTest
	@CsvSource({ "DRAFT,SUBMIT,IN_REVIEW", "LISTED,SUBMIT,IN_REVIEW", "REJECTED,SUBMIT,IN_REVIEW",
			"DELISTED,SUBMIT,IN_REVIEW", "IN_REVIEW,APPROVE,LISTED", "IN_REVIEW,REJECT,REJECTED",
			"IN_REVIEW,REJECT_CHANGE,LISTED", "LISTED,DELIST,DELISTED" })
	void allowsTheMovesOfTheTable(ProductStatus from, ProductTrigger trigger, ProductStatus to) {
		assertThat(lifecycle.next(from, trigger)).isEqualTo(to);
	}

	@ParameterizedTest
	@CsvSource({ "IN_REVIEW,SUBMIT,refused.product.submit", "DRAFT,DELIST,refused.product.delist",
			"REJECTED,DELIST,refused.product.delist", "DELISTED,DELIST,refused.product.delist",
			"IN_REVIEW,DELIST,refused.product.delist", "LISTED,APPROVE,refused.product.approve",
			"DRAFT,REJECT,refused.product.reject", "REJECTED,REJECT_CHANGE,refused.product.reject-change" })
	void refusesEverythingElseWithAMessageKey(ProductStatus from, ProductTrigger trigger, String code) {
		assertThatThrownBy(() -> lifecycle.next(from, trigger)).isInstanceOf(Refused.class)
			.satisfies(ex -> assertThat(((Refused) ex).code()).isEqualTo(code));
	}

	@Test
	void takesADelistedProductBackThroughReview() {
		ProductStatus status = lifecycle.next(lifecycle.next(DRAFT, ProductTrigger.SUBMIT), ProductTrigger.APPROVE);
		status = lifecycle.next(status, ProductTrigger.DELIST);
		assertThat(status).isEqualTo(DELISTED);
		assertThat(lifecycle.next(lifecycle.next(status, ProductTrigger.SUBMIT), ProductTrigger.APPROVE)).isEqualTo(LISTED);
		assertThat(REJECTED).isNotEqualTo(IN_REVIEW);
	}

}
