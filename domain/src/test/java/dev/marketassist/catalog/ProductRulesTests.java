package dev.marketassist.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketassist.core.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductRulesTests {

	private static String code(Runnable check) {
		try {
			check.run();
			return null;
		}
		catch (InvalidValue invalid) {
			return invalid.code();
		}
	}

	@Test
	void refusesAnOverLongNameAndLureWords() {
		assertThat(ProductRules.name("  Linux server care ")).isEqualTo("Linux server care");
		assertThat(code(() -> ProductRules.name("x".repeat(31)))).isEqualTo("invalid.product.name.too-long");
		assertThat(code(() -> ProductRules.name("Free backups"))).isEqualTo("invalid.product.lure");
		assertThat(code(() -> ProductRules.name("免费运维"))).isEqualTo("invalid.product.lure");
		assertThat(ProductRules.name("Freedom backups")).isEqualTo("Freedom backups");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Basic, 1, month, 0, 0|invalid.product.plan.price",
			"Basic, 1, month, 12a, 10|invalid.product.plan.price", "Basic, 1, month, 100, 120|invalid.product.plan.discount",
			"Basic, 11, year, 100, 90|invalid.product.plan.too-long", "Basic, 121, month, 100, 90|invalid.product.plan.too-long",
			"Basic, 1, week, 100, 90|invalid.product.plan.duration", "Basic 1 month 100|invalid.product.plan.format" })
	void refusesBadPricingRows(String line, String code) {
		assertThat(code(() -> PricingPlan.parseLines(line))).isEqualTo(code);
	}

	@Test
	void readsPricingRowsOnePerLine() {
		var plans = PricingPlan.parseLines("Basic, 1, month, 100, 80\n标准版，1，年，1200，999");
		assertThat(plans).hasSize(2);
		assertThat(plans.get(1).unit()).isEqualTo(PricingPlan.Unit.YEAR);
		assertThat(PricingPlan.parseLines(PricingPlan.lines(plans))).isEqualTo(plans);
	}

	@Test
	void checksFileTypesAndSizes() {
		assertThat(StoredFile.logo("f1|null|image/jpeg|50000").reference()).isEqualTo("f1");
		assertThat(code(() -> StoredFile.logo("f1|logo.gif|image/gif|50000"))).isEqualTo("invalid.product.logo.type");
		assertThat(code(() -> StoredFile.logo("f1|logo.png|image/png|3000000"))).isEqualTo("invalid.product.file.size");
		assertThat(StoredFile.usageDocument("f2|guide.docx|application/msword|1000").fileName()).isEqualTo("guide.docx");
		assertThat(code(() -> StoredFile.usageDocument("f2|setup.exe|application/octet-stream|1000")))
			.isEqualTo("invalid.product.document.type");
		assertThat(code(() -> StoredFile.usageDocument("f2|guide.pdf|application/pdf|" + 12 * 1024 * 1024)))
			.isEqualTo("invalid.product.file.size");
	}

}
