package dev.marketassist.core.input;

import static dev.marketassist.provider.InvalidValueAssertions.refused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.marketassist.core.InvalidValue;

class PhoneNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "13812345678", "138 1234 5678", "+86 138-1234-5678", "+8613812345678", "0086 13812345678",
			"86 13812345678", "１３８１２３４５６７８", " 138-1234-5678 " })
	void acceptsMainlandMobilesWrittenInManyWays(String raw) {
		PhoneNumber phone = PhoneNumber.of(raw);
		assertThat(phone.e164()).isEqualTo("+8613812345678");
		assertThat(phone.isMobile()).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "010-12345678|+861012345678", "0755 8888 8888|+8675588888888",
			"(021) 6888-8888|+862168888888", "+86 10 1234 5678|+861012345678", "（0755）8888-8888|+8675588888888" })
	void acceptsMainlandLandlines(String raw, String e164) {
		PhoneNumber phone = PhoneNumber.of(raw);
		assertThat(phone.e164()).isEqualTo(e164);
		assertThat(phone.isMobile()).isFalse();
	}

	@Test
	void masksAMobileToPrefixAndLastFourDigits() {
		PhoneNumber phone = PhoneNumber.of("13812345678");
		assertThat(phone.masked()).isEqualTo("+86 138****5678");
		assertThat(phone).hasToString("+86 138****5678");
	}

	@Test
	void masksALandlineToAreaCodeAndLastTwoDigits() {
		assertThat(PhoneNumber.of("010-12345678").masked()).isEqualTo("+86 10-******78");
		assertThat(PhoneNumber.of("0755 8888 8812").masked()).isEqualTo("+86 755-******12");
	}

	@ParameterizedTest
	@ValueSource(strings = { "138abc45678", "1-800-FLOWERS", "13812345678 ext 12", "一三八", "138 1234 5678转12" })
	void refusesLetters(String raw) {
		refused(() -> PhoneNumber.of(raw), "invalid.phone.letters");
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345", "1381234567", "138123456789", "0571-8888888", "+", "---", "👍", "+86" })
	void refusesNumbersThatAreNotValid(String raw) {
		refused(() -> PhoneNumber.of(raw), "invalid.phone.format");
	}

	@Test
	void refusesTenThousandDigitsAsBadFormat() {
		refused(() -> PhoneNumber.of("1".repeat(10_000)), "invalid.phone.format");
	}

	@ParameterizedTest
	@ValueSource(strings = { "+852 9123 4567", "+853 6612 3456", "+886 912 345 678", "+1 650 253 0000",
			"+44 20 7946 0958" })
	void refusesValidNumbersOutsideMainlandChina(String raw) {
		refused(() -> PhoneNumber.of(raw), "invalid.phone.region");
	}

	@ParameterizedTest
	@ValueSource(strings = { "400-812-3123", "800-810-8888" })
	void refusesServiceNumbersThatReachNoPerson(String raw) {
		refused(() -> PhoneNumber.of(raw), "invalid.phone.type");
	}

	@Test
	void refusesMissingOrBlankInput() {
		refused(() -> PhoneNumber.of(null), "invalid.required");
		refused(() -> PhoneNumber.of("   "), "invalid.required");
	}

	@Test
	void neverPutsTheNumberIntoAFailure() {
		InvalidValue invalid = refused(() -> PhoneNumber.of("+852 9123 4567"), "invalid.phone.region");
		assertThat(invalid.args()).isEmpty();
		assertThat(invalid.getMessage()).doesNotContain("9123");
	}

	@Test
	void tellsValidFromInvalidInput() {
		assertThat(PhoneNumber.isValid("13812345678")).isTrue();
		assertThat(PhoneNumber.isValid("12345")).isFalse();
		assertThat(PhoneNumber.isValid(null)).isFalse();
	}

	@Test
	void comparesByE164() {
		assertThat(PhoneNumber.of("138 1234 5678")).isEqualTo(PhoneNumber.of("+86 13812345678"))
			.hasSameHashCodeAs(PhoneNumber.of("+86 13812345678"))
			.isNotEqualTo(PhoneNumber.of("13812345679"));
	}

}
