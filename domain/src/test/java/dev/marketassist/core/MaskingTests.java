package dev.marketassist.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTests {

	@Test
	void keepsOnlyTheTailBehindAFixedWidthMask() {
		assertThat(Masking.tail("6222021234567890123", 4)).isEqualTo("**** 0123");
		assertThat(Masking.tail("123456789", 4)).isEqualTo("**** 6789");
	}

	@Test
	void revealsAtMostHalfOfAShortValue() {
		assertThat(Masking.tail("123456", 4)).isEqualTo("**** 456");
		assertThat(Masking.tail("1", 4)).isEqualTo("****");
		assertThat(Masking.tail("", 4)).isEqualTo("****");
		assertThat(Masking.tail("secret", 0)).isEqualTo("****");
	}

	@Test
	void countsCodePoints() {
		assertThat(Masking.tail("😀😀😀😀😀😀🏦🏦", 2)).isEqualTo("**** 🏦🏦");
	}

	@Test
	void masksNullAsEmpty() {
		assertThat(Masking.tail(null, 4)).isEmpty();
		assertThat(Masking.phone(null)).isEmpty();
	}

	@Test
	void masksAMobileToItsPrefixAndLastFourDigits() {
		assertThat(Masking.phone("+8613812345678")).isEqualTo("+86 138****5678");
	}

	@Test
	void masksALandlineToItsAreaCodeAndLastTwoDigits() {
		assertThat(Masking.phone("+861012345678")).isEqualTo("+86 10-******78");
		assertThat(Masking.phone("+8675588888812")).isEqualTo("+86 755-******12");
	}

	@Test
	void masksOtherNumbersToTheirLastTwoDigits() {
		assertThat(Masking.phone("+864008123123")).isEqualTo("+86 **** 23");
		assertThat(Masking.phone("+85291234567")).as("8-digit mobile").isEqualTo("+852 **** 67");
	}

	@Test
	void neverReturnsTheClearValueOfSomethingThatIsNotANumber() {
		assertThat(Masking.phone("call me maybe 13812345678")).doesNotContain("13812345678").startsWith("****");
	}

}
