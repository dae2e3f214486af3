package dev.marketassist.provider;

import static dev.marketassist.provider.InvalidValueAssertions.refused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTests {

	/** The example in GB 32100-2015; its check character was recomputed by hand. */
	private static final String STANDARD_EXAMPLE = "91350100M000100Y43";

	@ParameterizedTest
	@ValueSource(strings = { STANDARD_EXAMPLE, "9144030071526726XG", "91440300708461136T", "91110108551385082Q",
			"91330100716105852F" })
	void acceptsCodesWithACorrectCheckCharacter(String code) {
		assertThat(UnifiedSocialCreditCode.of(code).value()).isEqualTo(code);
		assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
	}

	@Test
	void computesTheCheckCharacterOfTheStandardExample() {
		assertThat(UnifiedSocialCreditCode.checkCharacter(STANDARD_EXAMPLE)).isEqualTo('3');
	}

	@Test
	void usesZeroWhenTheRemainderIsZeroAndYForThirty() {
		// check characters computed independently of this code (weighted sum mod 31)
		assertThat(UnifiedSocialCreditCode.isValid("91350100M00010NY40")).isTrue();
		assertThat(UnifiedSocialCreditCode.isValid("91350100M00010KY4Y")).isTrue();
		refused(() -> UnifiedSocialCreditCode.of("91350100M00010NY41"), "invalid.uscc.check");
	}

	@Test
	void refusesWrongCheckCharacter() {
		refused(() -> UnifiedSocialCreditCode.of("91350100M000100Y44"), "invalid.uscc.check");
		refused(() -> UnifiedSocialCreditCode.of("911100001000177390"), "invalid.uscc.check");
		assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y44")).isFalse();
	}

	@Test
	void refusesSwappedCharacters() {
		refused(() -> UnifiedSocialCreditCode.of("91350100M001000Y43"), "invalid.uscc.check");
	}

	@Test
	void refusesSeventeenAndNineteenCharacters() {
		assertThat(refused(() -> UnifiedSocialCreditCode.of("91350100M000100Y4"), "invalid.uscc.length").args())
			.containsExactly(17);
		assertThat(refused(() -> UnifiedSocialCreditCode.of("91350100M000100Y433"), "invalid.uscc.length").args())
			.containsExactly(19);
	}

	@Test
	void refusesTenThousandCharactersWithTheirLength() {
		assertThat(refused(() -> UnifiedSocialCreditCode.of("9".repeat(10_000)), "invalid.uscc.length").args())
			.containsExactly(10_000);
	}

	@ParameterizedTest
	@ValueSource(strings = { "I", "O", "Z", "S", "V" })
	void refusesLettersOutsideTheAlphabet(String letter) {
		String code = "91350100M000100" + letter + "43";
		assertThat(refused(() -> UnifiedSocialCreditCode.of(code), "invalid.uscc.character").args())
			.containsExactly(letter, 16);
	}

	@Test
	void reportsAnEmojiAsTheOffendingCharacter() {
		String code = "91350100M000100Y4\uD83D\uDE00";
		assertThat(refused(() -> UnifiedSocialCreditCode.of(code), "invalid.uscc.character").args())
			.containsExactly("\uD83D\uDE00", 18);
	}

	@Test
	void refusesLettersInTheRegionCode() {
		String body = "91A50100M000100Y4";
		String code = body + UnifiedSocialCreditCode.checkCharacter(body);
		refused(() -> UnifiedSocialCreditCode.of(code), "invalid.uscc.region");
	}

	@Test
	void acceptsLowerCaseAndStoresUpperCase() {
		assertThat(UnifiedSocialCreditCode.of("91350100m000100y43").value()).isEqualTo(STANDARD_EXAMPLE);
		assertThat(UnifiedSocialCreditCode.of("9144030071526726xg")).hasToString("9144030071526726XG");
	}

	@Test
	void refusesLowerCaseLettersOutsideTheAlphabet() {
		refused(() -> UnifiedSocialCreditCode.of("91350100m000100i43"), "invalid.uscc.character");
	}

	@Test
	void toleratesSpacesAroundAndInside() {
		assertThat(UnifiedSocialCreditCode.of("  9135 0100 M000 100Y 43 \n").value()).isEqualTo(STANDARD_EXAMPLE);
		assertThat(UnifiedSocialCreditCode.of("91350100\u3000M000100Y43").value()).as("ideographic space")
			.isEqualTo(STANDARD_EXAMPLE);
	}

	@Test
	void foldsFullWidthCharacters() {
		assertThat(UnifiedSocialCreditCode.of("９１３５０１００Ｍ０００１００Ｙ４３").value()).isEqualTo(STANDARD_EXAMPLE);
	}

	@Test
	void refusesMissingOrBlankInput() {
		refused(() -> UnifiedSocialCreditCode.of(null), "invalid.required");
		refused(() -> UnifiedSocialCreditCode.of(""), "invalid.required");
		refused(() -> UnifiedSocialCreditCode.of(" \t\u3000 "), "invalid.required");
		assertThat(UnifiedSocialCreditCode.isValid(null)).isFalse();
	}

	@Test
	void comparesByValue() {
		var code = UnifiedSocialCreditCode.of(STANDARD_EXAMPLE);
		assertThat(UnifiedSocialCreditCode.of("91350100m000100y43")).isEqualTo(code).hasSameHashCodeAs(code);
	}

}
