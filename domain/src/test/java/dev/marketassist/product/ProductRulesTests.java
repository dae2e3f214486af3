package dev.marketassist.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

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
	@CsvSource(delimiter = '|', value = { "Basic, 1, month, 0, 0|invalid.product.plan.list-price.zero",
			"Basic, 1, month, 100, 0|invalid.product.plan.price.zero",
			"Basic, 1, month, 12a, 10|invalid.product.plan.list-price", "Basic, 1, month, 100, 9O|invalid.product.plan.price",
			"Basic, 1, month, -5, 1|invalid.product.plan.list-price", "Basic, 1, month, 100, 120|invalid.product.plan.discount",
			"Basic, 11, year, 100, 90|invalid.product.plan.too-long", "Basic, 121, month, 100, 90|invalid.product.plan.too-long",
			"Basic, 1, week, 100, 90|invalid.product.plan.duration", "Basic 1 month 100|invalid.product.plan.format" })
	void refusesBadPricingRowsNamingTheField(String line, String code) {
		assertThat(code(() -> PricingPlan.parse(line))).isEqualTo(code);
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
	void addsAPlanUnlessItRepeatsOneOrThereAreTooMany() {
		List<PricingPlan> plans = new ArrayList<>(List.of(PricingPlan.parse("Basic, 1, month, 100, 80")));
		assertThat(PricingPlan.addTo(plans, "Basic, 1, year, 1000, 800").unit()).isEqualTo(PricingPlan.Unit.YEAR);
		assertThat(code(() -> PricingPlan.addTo(plans, "basic, 1, months, 90, 80"))).isEqualTo("invalid.product.plan.duplicate");
		for (int i = plans.size(); i < PricingPlan.MAX_PLANS; i++) {
			plans.add(PricingPlan.parse("Plan " + i + ", 1, month, 100, 80"));
		}
		assertThat(code(() -> PricingPlan.addTo(plans, "Extra, 1, month, 100, 80"))).isEqualTo("invalid.product.plan.too-many");
	}

	@Test
	void checksRequirementFormFieldsOneByOne() {
		List<String> fields = List.of("Requirement description", "Contact");
		assertThat(ProductRules.formField(fields, "  Server IP ")).isEqualTo("Server IP");
		assertThat(code(() -> ProductRules.formField(fields, "contact"))).isEqualTo("invalid.product.form.duplicate");
		assertThat(code(() -> ProductRules.formField(fields, "x".repeat(31)))).isEqualTo("invalid.product.form.field");
		assertThat(code(() -> ProductRules.formField(fields, "  "))).isEqualTo("invalid.product.form.field");
		assertThat(code(() -> ProductRules.formField(fields, "Server\nIP"))).isEqualTo("invalid.product.form.field");
		List<String> full = java.util.stream.IntStream.range(0, ProductRules.MAX_FORM_FIELDS).mapToObj(i -> "Field " + i).toList();
		assertThat(code(() -> ProductRules.formField(full, "One more"))).isEqualTo("invalid.product.form.too-many");
		assertThat(ProductRules.formFields(full)).hasSize(ProductRules.MAX_FORM_FIELDS);
		assertThat(code(() -> ProductRules.formFields(List.of()))).isEqualTo("invalid.product.form");
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
