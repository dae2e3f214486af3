package dev.marketassist.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class PreCheckTests {

	private static List<String> codes(ProductDetails product, String phone) {
		return PreCheck.check(product, phone).stream().map(PreCheck.Finding::code).toList();
	}

	@Test
	void passesAProductOfEachTypeThatMeetsTheStandards() {
		assertThat(PreCheck.blocks(PreCheck.check(ProductFixtures.ops(), "+8613812345678"))).isFalse();
		assertThat(PreCheck.blocks(PreCheck.check(ProductFixtures.image(), "+8613812345678"))).isFalse();
		assertThat(PreCheck.check(ProductFixtures.software(), "+8613812345678")).singleElement()
			.satisfies(f -> assertThat(f.code()).isEqualTo("precheck.document-advised"))
			.satisfies(f -> assertThat(f.hard()).isFalse());
	}

	@Test
	void blocksLureWordsOutsideLinksAndBankAccountsInTheTexts() {
		ProductDetails ops = ProductFixtures.ops();
		ProductDetails bad = new ProductDetails(ops.type(), "Free server care", ops.category(), ops.tags(), ops.logo(), 3, 30,
				"linux", ops.formFields(), null, null, null, null, ops.plans(), "Order at https://cheap.example.com",
				"Pay to 6222020200112233 for a discount, that is enough words", ops.usageDocument(), null);
		assertThat(codes(bad, "+8613812345678")).contains("precheck.lure", "precheck.link", "precheck.bank-account");
		assertThat(PreCheck.blocks(PreCheck.check(bad, "+8613812345678"))).isTrue();
	}

	@Test
	void blocksAnOpsOrImageProductWithoutUsageDocumentAndAProviderWithoutPhone() {
		ProductDetails ops = ProductFixtures.ops();
		ProductDetails noDoc = new ProductDetails(ops.type(), ops.name(), ops.category(), ops.tags(), ops.logo(), 3, 30, "linux",
				ops.formFields(), null, null, null, null, ops.plans(), ops.summary(), ops.details(), null, null);
		assertThat(codes(noDoc, null)).contains("precheck.no-document", "precheck.no-phone");
	}

	@Test
	void blocksAPricingDurationOverTenYears() {
		ProductDetails ops = ProductFixtures.ops();
		ProductDetails longPlan = new ProductDetails(ops.type(), ops.name(), ops.category(), ops.tags(), ops.logo(), 3, 30,
				"linux", ops.formFields(), null, null, null, null,
				List.of(new PricingPlan("Forever", 11, PricingPlan.Unit.YEAR, BigDecimal.TEN, BigDecimal.ONE)), ops.summary(),
				ops.details(), ops.usageDocument(), null);
		assertThat(codes(longPlan, "+8613812345678")).containsExactly("precheck.duration");
	}

}
