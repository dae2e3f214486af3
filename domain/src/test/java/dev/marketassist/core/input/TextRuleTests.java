package dev.marketassist.core.input;

import static dev.marketassist.provider.InvalidValueAssertions.refused;
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
	@EnumSource(value = TextRule.class, names = { "SHORT_TEXT", "SHOP_TEXT", "LONG_TEXT", "FORM_ANSWER" })
	void refusesMissingOrBlankAnswers(TextRule rule) {
		refused(() -> rule.check(null), "invalid.required");
		refused(() -> rule.check(""), "invalid.required");
		refused(() -> rule.check(" \n\t "), "invalid.required");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " \n\t ", "\u00a0", "\u3000\u3000", "\u200b", "\u3164", " \u2007\ufeff " })
	void refusesABlankNameNamingTheField(String blank) {
		refused(() -> TextRule.COMPANY_NAME.check(blank), "invalid.name.company.blank");
		refused(() -> TextRule.PERSON_NAME.check(blank), "invalid.name.person.blank");
		refused(() -> TextRule.BANK_NAME.check(blank), "invalid.name.bank.blank");
		refused(() -> TextRule.BANK_BRANCH.check(blank), "invalid.name.branch.blank");
		refused(() -> TextRule.ACCOUNT_HOLDER.check(blank), "invalid.name.holder.blank");
		refused(() -> TextRule.PERSON_NAME.check(null), "invalid.name.person.blank");
	}

	@ParameterizedTest
	@ValueSource(strings = { "腾讯云计算（北京）有限责任公司", "Smith & Sons (Asia) Co., Ltd.", "O'Brien-Müller", "阿卜杜拉·买买提",
			"Ольга Петрова", "김민준", "شركة النور", "株式会社・テスト", "3M China", "Åse Ødegård" })
	void acceptsNamesOfAnyScriptWithTheirPunctuation(String name) {
		assertThat(TextRule.COMPANY_NAME.check(name)).isEqualTo(name);
		assertThat(TextRule.PERSON_NAME.check(name)).isEqualTo(name);
		assertThat(TextRule.BANK_BRANCH.check(" " + name + "\u00a0")).isEqualTo(name);
	}

	@ParameterizedTest
	@ValueSource(strings = { "🏦🏦🏦", "中国银行 🚀", "{\"$gt\": \"\"}", "<b>bold</b> & <i>", "$where", "a{b}", "Ada_Lovelace",
			"Ada*", "=cmd|' /C calc'!A0", "👨‍👩‍👧", "---", "123 456" })
	void refusesEmojiMarkupOperatorsAndSymbolsInNames(String notAName) {
		refused(() -> TextRule.COMPANY_NAME.check(notAName), "invalid.name.company");
		refused(() -> TextRule.PERSON_NAME.check(notAName), "invalid.name.person");
		refused(() -> TextRule.BANK_NAME.check(notAName), "invalid.name.bank");
		refused(() -> TextRule.BANK_BRANCH.check(notAName), "invalid.name.branch");
		refused(() -> TextRule.ACCOUNT_HOLDER.check(notAName), "invalid.name.holder");
	}

	@Test
	void shopTextsArePlainProse() {
		String scope = "Linux 运维、数据库（MySQL/Redis）；24/7 on-call: 99.9% SLA, \"best effort\" & more!";
		assertThat(TextRule.SHOP_TEXT.check(scope)).isEqualTo(scope);
		for (String bad : new String[] { "Ops 🚀", "<b>Ops</b>", "{\"$gt\": \"\"}", "$100", "a > b" }) {
			refused(() -> TextRule.SHOP_TEXT.check(bad), "invalid.text.plain");
		}
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
		assertThat(TextRule.SHORT_TEXT.check(fiftyEmoji)).isEqualTo(fiftyEmoji);
		assertThat(refused(() -> TextRule.SHORT_TEXT.check(fiftyEmoji + "😀"), "invalid.text.too-long").args())
			.containsExactly(50, 51);
		String fiftyAstral = "𠀀".repeat(50);
		assertThat(TextRule.PERSON_NAME.check(fiftyAstral)).isEqualTo(fiftyAstral);
		assertThat(refused(() -> TextRule.PERSON_NAME.check(fiftyAstral + "𠀀"), "invalid.text.too-long").args())
			.containsExactly(50, 51);
	}

	@Test
	void keepsEmojiAndMarkupVerbatimInFreeTextButNotInNames() {
		String text = "<b>Ops</b> & *care* _24/7_ 🚀 [link](http://x) 👨‍👩‍👧 `code` \\";
		assertThat(TextRule.LONG_TEXT.check(text)).isEqualTo(text);
		// issue 14: a name is a name, so what used to be kept verbatim in a company name is refused now
		refused(() -> TextRule.COMPANY_NAME.check("A&B <Cloud> 🚀"), "invalid.name.company");
		assertThat(TextRule.COMPANY_NAME.check("A&B Cloud")).isEqualTo("A&B Cloud");
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
	@EnumSource(value = TextRule.class, names = { "LONG_TEXT", "FORM_ANSWER", "SHOP_TEXT" }, mode = EnumSource.Mode.EXCLUDE)
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
