package dev.marketassist.seller;

import static dev.marketassist.seller.InvalidValueAssertions.refused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextRuleTests {

	@Test
	void stripsSurroundingWhitespace() {
		assertThat(TextRule.COMPANY_NAME.check("  腾讯云计算（北京）有限责任公司 \u3000")).isEqualTo("腾讯云计算（北京）有限责任公司");
	}

	@ParameterizedTest
	@EnumSource(TextRule.class)
	void refusesMissingOrBlankAnswers(TextRule rule) {
		refused(() -> rule.check(null), "invalid.required");
		refused(() -> rule.check(""), "invalid.required");
		refused(() -> rule.check(" \n\t "), "invalid.required");
	}

	@Test
	void appliesTheBoundsOfEachUse() {
		assertThat(TextRule.COMPANY_NAME).extracting(TextRule::min, TextRule::max).containsExactly(2, 100);
		assertThat(TextRule.PERSON_NAME).extracting(TextRule::min, TextRule::max).containsExactly(1, 50);
		assertThat(TextRule.BANK_NAME).extracting(TextRule::min, TextRule::max).containsExactly(2, 100);
		assertThat(TextRule.BANK_BRANCH).extracting(TextRule::min, TextRule::max).containsExactly(2, 100);
		assertThat(TextRule.ACCOUNT_HOLDER).extracting(TextRule::min, TextRule::max).containsExactly(2, 100);
		assertThat(TextRule.LONG_TEXT).extracting(TextRule::min, TextRule::max).containsExactly(1, 1000);
	}

	@Test
	void refusesTooLongAnswersWithMaxAndActualLength() {
		assertThat(refused(() -> TextRule.COMPANY_NAME.check("公".repeat(101)), "invalid.text.too-long").args())
			.containsExactly(100, 101);
		assertThat(refused(() -> TextRule.LONG_TEXT.check("x".repeat(10_000)), "invalid.text.too-long").args())
			.containsExactly(1000, 10_000);
		assertThat(TextRule.COMPANY_NAME.check("公".repeat(100))).hasSize(100);
	}

	@Test
	void refusesTooShortAnswersWithMinAndActualLength() {
		assertThat(refused(() -> TextRule.COMPANY_NAME.check("腾"), "invalid.text.too-short").args())
			.containsExactly(2, 1);
		assertThat(TextRule.PERSON_NAME.check("李")).isEqualTo("李");
	}

	@Test
	void countsCodePointsNotUtf16Units() {
		String fiftyEmoji = "😀".repeat(50);
		assertThat(fiftyEmoji).hasSize(100);
		assertThat(TextRule.PERSON_NAME.check(fiftyEmoji)).isEqualTo(fiftyEmoji);
		assertThat(refused(() -> TextRule.PERSON_NAME.check(fiftyEmoji + "😀"), "invalid.text.too-long").args())
			.containsExactly(50, 51);
		assertThat(refused(() -> TextRule.COMPANY_NAME.check("🏢"), "invalid.text.too-short").args())
			.containsExactly(2, 1);
	}

	@Test
	void keepsEmojiAndMarkupVerbatim() {
		String text = "<b>Ops</b> & *care* _24/7_ 🚀 [link](http://x) 👨‍👩‍👧 `code` \\";
		assertThat(TextRule.LONG_TEXT.check(text)).isEqualTo(text);
		assertThat(TextRule.COMPANY_NAME.check("A&B <Cloud> 🚀")).isEqualTo("A&B <Cloud> 🚀");
	}

	@ParameterizedTest
	@ValueSource(strings = { "a\u0000b", "a\tb", "a\u0007b", "a\u001bb", "a\u007fb", "a\u0085b", "a\uD800b" })
	void refusesControlCharacters(String raw) {
		refused(() -> TextRule.LONG_TEXT.check(raw), "invalid.text.control");
		refused(() -> TextRule.COMPANY_NAME.check(raw), "invalid.text.control");
	}

	@Test
	void keepsNewlinesInLongTextAndNormalisesCarriageReturns() {
		assertThat(TextRule.LONG_TEXT.check("line 1\r\nline 2\rline 3\n\nline 5"))
			.isEqualTo("line 1\nline 2\nline 3\n\nline 5");
	}

	@Test
	void keepsNewlinesInARequirementFormAnswer() {
		assertThat(TextRule.FORM_ANSWER.check(" Install Nginx\r\non two hosts ")).isEqualTo("Install Nginx\non two hosts");
		refused(() -> TextRule.FORM_ANSWER.check("x".repeat(TextRule.FORM_ANSWER.max() + 1)), "invalid.text.too-long");
	}

	@ParameterizedTest
	@EnumSource(value = TextRule.class, names = { "LONG_TEXT", "FORM_ANSWER" }, mode = EnumSource.Mode.EXCLUDE)
	void refusesLineBreaksInSingleLineAnswers(TextRule rule) {
		refused(() -> rule.check("Zhang\nSan"), "invalid.text.single-line");
		refused(() -> rule.check("Zhang\u2028San"), "invalid.text.single-line");
		assertThat(rule.check("Zhang San\n")).as("a trailing newline is only whitespace").isEqualTo("Zhang San");
	}

	@Test
	void tellsValidFromInvalidInput() {
		assertThat(TextRule.BANK_NAME.isValid("招商银行")).isTrue();
		assertThat(TextRule.BANK_NAME.isValid("招")).isFalse();
		assertThat(TextRule.BANK_NAME.isValid(null)).isFalse();
	}

}
