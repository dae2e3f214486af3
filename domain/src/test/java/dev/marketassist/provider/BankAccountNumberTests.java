package dev.marketassist.provider;

import static dev.marketassist.provider.InvalidValueAssertions.refused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.marketassist.core.InvalidValue;

class BankAccountNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "6222 0212 3456 7890 123", "6222-0212-3456-7890-123", " 6222021234567890123 ",
			"6222\u00a00212\u30003456 7890123" })
	void removesSpacesAndHyphens(String raw) {
		assertThat(BankAccountNumber.of(raw).digits()).isEqualTo("6222021234567890123");
	}

	@Test
	void acceptsCorporateAccountLengths() {
		assertThat(BankAccountNumber.of("110060149018001234567").digits()).hasSize(21);
		assertThat(BankAccountNumber.of("123456789").digits()).hasSize(9);
		assertThat(BankAccountNumber.of("1".repeat(30)).digits()).hasSize(30);
	}

	@Test
	void foldsFullWidthDigits() {
		assertThat(BankAccountNumber.of("６２２２０２１２３４５６７８９０").digits()).isEqualTo("6222021234567890");
	}

	@ParameterizedTest
	@ValueSource(strings = { "6222O212345678901", "6222.0212.3456", "6222/0212/3456", "卡号6222021234567890",
			"6222 🏦 1234" })
	void refusesAnythingButDigits(String raw) {
		refused(() -> BankAccountNumber.of(raw), "invalid.bank.digits");
	}

	@Test
	void refusesImplausibleLengthsWithTheBounds() {
		assertThat(refused(() -> BankAccountNumber.of("12345678"), "invalid.bank.length").args()).containsExactly(9,
				30);
		refused(() -> BankAccountNumber.of("1".repeat(31)), "invalid.bank.length");
		refused(() -> BankAccountNumber.of("1".repeat(10_000)), "invalid.bank.length");
	}

	@Test
	void refusesMissingOrBlankInput() {
		refused(() -> BankAccountNumber.of(null), "invalid.required");
		refused(() -> BankAccountNumber.of(" "), "invalid.required");
		refused(() -> BankAccountNumber.of(" - - "), "invalid.bank.length");
	}

	@Test
	void masksAllButTheLastFourDigits() {
		var number = BankAccountNumber.of("6222 0212 3456 7890 123");
		assertThat(number.masked()).isEqualTo("**** **** 0123");
		assertThat(number).hasToString("**** **** 0123");
		assertThat(BankAccountNumber.of("123456789").masked()).as("does not reveal the length")
			.isEqualTo("**** **** 6789");
	}

	@Test
	void neverPutsTheNumberIntoAFailure() {
		InvalidValue invalid = refused(() -> BankAccountNumber.of("62220212345678901234567890123456"),
				"invalid.bank.length");
		assertThat(invalid.getMessage()).doesNotContain("6222");
		assertThat(invalid.args()).doesNotContain("62220212345678901234567890123456");
	}

	@Test
	void comparesByDigits() {
		assertThat(BankAccountNumber.of("6222-0212-3456-7890")).isEqualTo(BankAccountNumber.of("6222021234567890"))
			.hasSameHashCodeAs(BankAccountNumber.of("6222021234567890"))
			.isNotEqualTo(BankAccountNumber.of("6222021234567891"));
	}

	@Test
	void tellsValidFromInvalidInput() {
		assertThat(BankAccountNumber.isValid("6222021234567890")).isTrue();
		assertThat(BankAccountNumber.isValid("abc")).isFalse();
	}

}
