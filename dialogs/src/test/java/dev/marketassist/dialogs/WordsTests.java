package dev.marketassist.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketassist.product.PricingPlan;
import dev.marketassist.shop.ServiceContact;
import org.junit.jupiter.api.Test;

/** Stored plans and service contacts in the reader's language, the user's own words as typed. */
class WordsTests {

	private final Texts en = new Texts(DialogsConfiguration.bundles(), Language.EN);

	private final Texts zh = new Texts(DialogsConfiguration.bundles(), Language.ZH_CN);

	@Test
	void aPlanReadsAsASentenceOfTheReadersLanguage() {
		PricingPlan standard = PricingPlan.parse("标准版，1，月，300，270");
		assertThat(Words.plan(zh, standard)).isEqualTo("标准版：1 个月，原价 ¥300，优惠价 ¥270");
		assertThat(Words.plan(en, standard)).isEqualTo("标准版: 1 month, list ¥300, discounted ¥270");
		assertThat(Words.plan(en, PricingPlan.parse("Trial, 7, days, 10, 5"))).isEqualTo("Trial: 7 days, list ¥10, discounted ¥5");
		assertThat(Words.plan(zh, PricingPlan.parse("Trial, 2, year, 10.5, 9.99"))).isEqualTo("Trial：2 年，原价 ¥10.5，优惠价 ¥9.99");
		assertThat(Words.plan(zh, PricingPlan.parse("Trial, 30, day, 10, 5"))).isEqualTo("Trial：30 天，原价 ¥10，优惠价 ¥5");
	}

	@Test
	void storedPlanLinesAreShownOneALineAndAnUnreadableLineAsItIs() {
		String stored = PricingPlan.lines(PricingPlan.parseLines("Standard, 1, month, 300, 270\nPremium, 3, months, 800, 700"));
		assertThat(Words.plans(en, stored))
			.isEqualTo("Standard: 1 month, list ¥300, discounted ¥270\nPremium: 3 months, list ¥800, discounted ¥700");
		assertThat(Words.plans(zh, stored)).isEqualTo("Standard：1 个月，原价 ¥300，优惠价 ¥270\nPremium：3 个月，原价 ¥800，优惠价 ¥700");
		assertThat(Words.planLine(en, "not a plan")).isEqualTo("not a plan");
	}

	@Test
	void aServiceContactNamesItsKindInTheReadersLanguageAndKeepsTheIdAsTyped() {
		ServiceContact wechat = ServiceContact.of("微信 cloudtest_ops");
		assertThat(Words.contact(zh, wechat)).isEqualTo("微信 cloudtest_ops");
		assertThat(Words.contact(en, wechat)).isEqualTo("WeChat cloudtest_ops");
		assertThat(Words.contact(zh, ServiceContact.of("QQ 12345678"))).isEqualTo("QQ 12345678");
		ServiceContact phone = ServiceContact.of("138 1234 5678");
		assertThat(Words.contact(en, phone)).isEqualTo("+86 138****5678");
		// stored forms: the shop's (encoded), a snapshot's (phone already masked), an old snapshot's text
		assertThat(Words.contact(en, phone.encoded())).isEqualTo("+86 138****5678");
		assertThat(Words.contact(zh, phone.snapshot())).isEqualTo("+86 138****5678");
		assertThat(Words.contact(zh, wechat.snapshot())).isEqualTo("微信 cloudtest_ops");
		assertThat(Words.contact(zh, "WeChat old_snapshot")).isEqualTo("WeChat old_snapshot");
	}

}
