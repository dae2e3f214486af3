package dev.marketassist.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;

import dev.marketassist.provider.Provider;
import dev.marketassist.testing.SentMessage;
import dev.marketassist.testing.StandInBotApi;
import dev.marketassist.testing.TgUser;
import dev.marketassist.testing.EndToEnd;
import dev.marketassist.testing.RestCalls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Seller onboarding through the stand-in Bot API with every control of the dialog engine, and the
 * application stopped in the middle and started again on the same data (embedded MongoDB, H2
 * files): the seller continues at the same step with every answer.
 */
class OnboardingEndToEndTests {

	@TempDir
	Path data;

	StandInBotApi telegram;

	ConfigurableApplicationContext app;

	@BeforeEach
	void startTelegram() {
		telegram = StandInBotApi.start(EndToEnd.TOKEN);
	}

	@AfterEach
	void stop() {
		if (app != null) {
			app.close();
		}
		telegram.close();
	}

	@Test
	void aSellerCompletesOnboardingInEnglishAcrossARestart() {
		app = start();
		TgUser ada = EndToEnd.english("Ada");
		companyNameAndCreditCode(ada);
		app.close();
		app = start();
		contactAndBankAfterTheRestartThenTheSummary(ada);
		SentMessage notPurchasable = feeDeferredAndShopSubmitted(ada);
		feePaidAndMerchantAccountAdded(ada, notPurchasable);
		theFunnelAndTheStoredProviderSayTheSame(ada);
	}

	/** The menu, the agreement, real-name verification, the company name and the credit code, each with bad input first. */
	private void companyNameAndCreditCode(TgUser ada) {
		long chat = ada.chatId();
		telegram.injectText(ada, "/start");
		SentMessage menu = telegram.awaitText(chat, "Cloud Marketplace assistant");
		telegram.clickButton(ada, menu, "🏪 Become a seller");
		SentMessage agreement = telegram.awaitText(chat, "Do you accept the agreement?");
		assertThat(agreement.text()).contains("Seller onboarding · Step 1 of 11");
		telegram.clickButton(ada, agreement, "✅ I have read and accept the agreement");
		SentMessage verified = telegram.awaitText(chat, "real-name verification");
		// the answered prompt's buttons are removed right after the next prompt is sent
		telegram.awaitMessage(chat, m -> m.messageId() == agreement.messageId() && !m.hasKeyboard());
		telegram.clickButton(ada, verified, "Yes, it is verified");
		SentMessage company = telegram.awaitText(chat, "What is the company name");
		telegram.injectSticker(ada);
		telegram.awaitText(chat, "Please type your answer as text.");
		telegram.injectText(ada, "A".repeat(10_000));
		telegram.awaitText(chat, "at most 100 characters, you sent 10,000");
		// a name is a name: markup and symbols are refused, naming the field (issue 14; they used to be kept verbatim)
		telegram.injectText(ada, "<b>ACME</b> *_ Cloud & Co");
		telegram.awaitText(chat, "The company name may contain only letters");
		telegram.injectText(ada, "ACME Cloud & Co.");
		telegram.awaitText(chat, "Unified Social Credit Code");
		// a prompt whose buttons only navigate (Back, Cancel) keeps them when a newer one comes (one call less a step);
		// a tap on them moves nothing and is answered with a pointer to the latest message
		assertThat(telegram.messages(chat)).filteredOn(m -> m.messageId() == company.messageId())
			.singleElement()
			.satisfies(m -> assertThat(m.buttonTexts()).contains("✖ Cancel"));
		int shown = telegram.messages(chat).size();
		telegram.clickButton(ada, company, "✖ Cancel");
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(telegram.callbackAnswers()).anyMatch(answer -> answer.chatId() == chat
					&& "A newer message replaced this one: please use the latest message below.".equals(answer.text())));
		assertThat(telegram.messages(chat)).hasSize(shown);
		telegram.injectText(ada, "91350100M000100Y4");
		telegram.awaitText(chat, "has 18 characters; you sent 17");
		telegram.injectText(ada, "91350100M000100Y431");
		telegram.awaitText(chat, "has 18 characters; you sent 19");
		telegram.injectText(ada, "91350100M000100Y44");
		telegram.awaitText(chat, "the last character does not match");
		telegram.injectText(ada, "91350100I000100Y43");
		telegram.awaitText(chat, "cannot appear in a Unified Social Credit Code");
		telegram.injectText(ada, "91350100m000100y43");
		telegram.awaitText(chat, "Who is the contact person");
	}

	/** Resumed after the restart: the contact, the bank (with Back and Keep), the summary with an Edit, Cancel refused, Submit. */
	private void contactAndBankAfterTheRestartThenTheSummary(TgUser ada) {
		long chat = ada.chatId();
		telegram.injectText(ada, "/start");
		SentMessage resume = telegram.awaitText(chat, "You have unfinished work");
		assertThat(resume.text()).contains("Seller onboarding — step 5 of 11");
		telegram.clickButton(ada, resume, "▶️ Continue: Seller onboarding");
		telegram.awaitText(chat, "Who is the contact person");
		telegram.injectText(ada, "Ada Lovelace");
		telegram.awaitText(chat, "phone number");
		telegram.injectText(ada, "138-1234-567x");
		telegram.awaitText(chat, "A phone number can only contain digits");
		telegram.injectContact(ada, "+86 138 1234 5678");
		SentMessage email = telegram.awaitText(chat, "e-mail address");
		telegram.clickButton(ada, email, "Skip »");
		telegram.awaitText(chat, "account holder");
		telegram.injectText(ada, "ACME Cloud & Co");
		telegram.awaitText(chat, "Which bank");
		telegram.injectText(ada, "China Merchants Bank");
		SentMessage branch = telegram.awaitText(chat, "Which branch");
		telegram.clickButton(ada, branch, "« Back");
		SentMessage bankAgain = telegram.awaitMessage(chat, m -> m.messageId() > branch.messageId() && m.text().contains("Which bank"),
				StandInBotApi.DEFAULT_TIMEOUT);
		assertThat(bankAgain.text()).contains("Current answer: China Merchants Bank");
		telegram.clickButton(ada, bankAgain, "✔ Keep the current answer");
		telegram.awaitMessage(chat, m -> m.messageId() > bankAgain.messageId() && m.text().contains("Which branch"),
				StandInBotApi.DEFAULT_TIMEOUT);
		telegram.injectText(ada, "Fuzhou Branch");
		telegram.awaitText(chat, "account number");
		telegram.injectText(ada, "6222 0202 0011 22AB");
		telegram.awaitText(chat, "can only contain digits");
		telegram.injectText(ada, "6222 0202 0011 2233");
		SentMessage summary = telegram.awaitText(chat, "Please check your answers");
		assertThat(summary.text()).contains("Company name: ACME Cloud & Co.")
			.contains("Unified Social Credit Code: 91350100M000100Y43")
			.contains("Contact phone: +86 138****5678")
			.contains("Contact e-mail: — (skipped)")
			.contains("Account number: **** **** 2233")
			.doesNotContain("6222020200112233");

		telegram.clickButton(ada, summary, "✏️ Contact person");
		SentMessage edit = telegram.awaitMessage(chat, m -> m.messageId() > summary.messageId() && m.text().contains("contact person"),
				StandInBotApi.DEFAULT_TIMEOUT);
		assertThat(edit.buttonTexts()).contains("« Back to the summary");
		telegram.injectText(ada, "Grace Hopper");
		SentMessage summary2 = telegram.awaitMessage(chat,
				m -> m.messageId() > edit.messageId() && m.text().contains("Please check your answers"), StandInBotApi.DEFAULT_TIMEOUT);
		assertThat(summary2.text()).contains("Contact person: Grace Hopper");

		telegram.clickButton(ada, summary2, "✖ Cancel");
		SentMessage confirm = telegram.awaitText(chat, "Cancel Seller onboarding?");
		telegram.clickButton(ada, confirm, "No, continue");
		SentMessage summary3 = telegram.awaitMessage(chat,
				m -> m.messageId() > confirm.messageId() && m.text().contains("Please check your answers"), StandInBotApi.DEFAULT_TIMEOUT);
		telegram.clickButton(ada, summary3, "✅ Submit");
		SentMessage done = telegram.awaitText(chat, "Company information of");
		assertThat(done.text()).contains("ACME Cloud & Co.").contains("**** **** 2233");
	}

	/** The fee "not now": products refused; the shop submitted meanwhile waits for the fee; My shop is not purchasable. */
	private SentMessage feeDeferredAndShopSubmitted(TgUser ada) {
		long chat = ada.chatId();
		// the certification fee: not now; products are refused until it is paid
		SentMessage fee = telegram.awaitText(chat, "Platform certification fee: ¥5,000");
		telegram.clickButton(ada, fee, "Not now");
		SentMessage deferred = telegram.awaitText(chat, "you will pay the certification fee later");
		telegram.injectText(ada, "/start");
		SentMessage menu2 = telegram.awaitMessage(chat, m -> m.messageId() > deferred.messageId() && m.text().contains("Hello Ada"),
				StandInBotApi.DEFAULT_TIMEOUT);
		telegram.clickButton(ada, menu2, "📦 My products");
		SentMessage refused = telegram.awaitText(chat, "certification fee is not paid yet");
		assertThat(refused.buttonTexts()).containsExactly("💳 Pay now");

		// the shop, submitted while the fee is deferred: its review waits for the fee
		telegram.injectText(ada, "/status");
		SentMessage checklist = telegram.awaitText(chat, "Your onboarding checklist");
		assertThat(checklist.text()).contains("⬜ Certification fee ¥5,000: not now").contains("⬜ Shop: not set up");
		telegram.clickButton(ada, checklist, "🏬 Set up the shop");
		telegram.awaitText(chat, "service scope");
		telegram.injectText(ada, "Linux server operations and data migration for SMEs in Fujian");
		telegram.awaitText(chat, "product features");
		telegram.injectText(ada, "24/7 on-call engineers; fixed-price migrations");
		telegram.awaitText(chat, "customer service");
		telegram.injectText(ada, "QQ abc");
		telegram.awaitText(chat, "QQ followed by the number");
		telegram.injectText(ada, "QQ 12345678");
		SentMessage featured = telegram.awaitText(chat, "Featured products");
		telegram.clickButton(ada, featured, "Skip »");
		SentMessage shopSummary = telegram.awaitMessage(chat, m -> m.messageId() > featured.messageId()
				&& m.text().contains("Please check your answers"), StandInBotApi.DEFAULT_TIMEOUT);
		assertThat(shopSummary.text()).contains("Customer service: QQ 12345678");
		telegram.clickButton(ada, shopSummary, "✅ Submit");
		telegram.awaitText(chat, "Its review starts once the certification fee is paid");
		telegram.injectText(ada, "/start");
		SentMessage menu3 = telegram.awaitMessage(chat, m -> m.text().contains("Hello Ada") && m.messageId() > shopSummary.messageId(),
				StandInBotApi.DEFAULT_TIMEOUT);
		telegram.clickButton(ada, menu3, "🏬 My shop");
		SentMessage notPurchasable = telegram.awaitText(chat, "Not purchasable:");
		assertThat(notPurchasable.buttonTexts()).containsExactly("💳 Pay now");
		return notPurchasable;
	}

	/** Paying by the link and the gateway's REST callback, then the merchant account (at least one ID). */
	private void feePaidAndMerchantAccountAdded(TgUser ada, SentMessage notPurchasable) {
		long chat = ada.chatId();
		// paying: the link, then the gateway's callback on the REST API
		telegram.clickButton(ada, notPurchasable, "💳 Pay now");
		SentMessage payment = telegram.awaitText(chat, "payment page");
		String link = payment.buttons().get(0).url();
		String reference = link.substring(link.indexOf("ref=") + 4, link.indexOf('&'));
		assertThat(confirmPayment(reference, "wrong-key")).isEqualTo(401);
		assertThat(confirmPayment(reference, API_KEY)).isEqualTo(200);
		assertThat(confirmPayment(reference, API_KEY)).as("a repeated confirmation is harmless").isEqualTo(200);
		SentMessage received = telegram.awaitText(chat, "Certification fee received");
		assertThat(telegram.messages(chat).stream().filter(m -> m.text().contains("Certification fee received"))).hasSize(1);

		// merchant accounts: at least one
		telegram.clickButton(ada, received, "🏦 Add a merchant account");
		SentMessage wechat = telegram.awaitText(chat, "WeChat Pay merchant ID");
		telegram.injectText(ada, "123");
		telegram.awaitText(chat, "has 10 digits and starts with 1");
		SentMessage wechatAgain = telegram.lastMessage(chat);
		telegram.clickButton(ada, wechatAgain, "Skip »");
		SentMessage tenpay = telegram.awaitText(chat, "Tenpay merchant ID");
		telegram.clickButton(ada, tenpay, "Skip »");
		SentMessage merchantSummary = telegram.awaitMessage(chat, m -> m.messageId() > tenpay.messageId()
				&& m.text().contains("Please check your answers"), StandInBotApi.DEFAULT_TIMEOUT);
		telegram.clickButton(ada, merchantSummary, "✅ Submit");
		SentMessage none = telegram.awaitText(chat, "At least one merchant ID");
		telegram.clickButton(ada, none, "✏️ WeChat Pay merchant ID");
		telegram.awaitMessage(chat, m -> m.messageId() > none.messageId() && m.text().contains("WeChat Pay merchant ID"),
				StandInBotApi.DEFAULT_TIMEOUT);
		telegram.injectText(ada, "1230000109");
		SentMessage merchantSummary2 = telegram.awaitMessage(chat, m -> m.messageId() > none.messageId()
				&& m.text().contains("Please check your answers"), StandInBotApi.DEFAULT_TIMEOUT);
		telegram.clickButton(ada, merchantSummary2, "✅ Submit");
		SentMessage saved = telegram.awaitText(chat, "Merchant account saved");

		telegram.injectText(ada, "/status");
		SentMessage status = telegram.awaitMessage(chat,
				m -> m.messageId() > saved.messageId() && m.text().contains("Your onboarding checklist"), StandInBotApi.DEFAULT_TIMEOUT);
		assertThat(status.text()).contains("✅ Certification fee ¥5,000: paid")
			.contains("✅ Merchant account")
			.contains("⏳ Shop: in review (decision expected by");
		telegram.injectText(ada, "/start");
		SentMessage menu4 = telegram.awaitMessage(chat, m -> m.text().contains("Hello Ada") && m.messageId() > status.messageId(),
				StandInBotApi.DEFAULT_TIMEOUT);
		telegram.clickButton(ada, menu4, "🏬 My shop");
		telegram.awaitText(chat, "Purchasable: buyers can pay");
	}

	/** The funnel's counters and the stored provider agree with what was typed. */
	private void theFunnelAndTheStoredProviderSayTheSame(TgUser ada) {
		// the funnel: every step entered and completed is counted (this context saw the second half)
		var meters = app.getBean(io.micrometer.core.instrument.MeterRegistry.class);
		assertThat(meters.find("market.dialog.steps").tags("dialog", "onboarding", "event", "submitted").counter().count())
			.isEqualTo(1);
		assertThat(meters.find("market.dialog.steps").tags("dialog", "onboarding", "step", "contact", "event", "completed")
			.counter().count()).isGreaterThanOrEqualTo(1);
		assertThat(meters.find("market.dialog.steps").tags("dialog", "shop", "step", "featured", "event", "skipped")
			.counter().count()).isEqualTo(1);
		assertThat(meters.find("market.onboarding.fee").tags("event", "paid").counter().count()).isEqualTo(1);

		Provider provider = app.getBean(MongoTemplate.class)
			.findOne(Query.query(Criteria.where("uscc").is("91350100M000100Y43")), Provider.class);
		assertThat(provider).isNotNull();
		assertThat(provider.getCompanyName()).isEqualTo("ACME Cloud & Co.");
		assertThat(provider.getContactName()).isEqualTo("Grace Hopper");
		assertThat(provider.getContactPhone()).isEqualTo("+8613812345678");
		assertThat(provider.getBankAccountSealed()).startsWith("v1:").doesNotContain("2233");
		assertThat(provider.isOperator(ada.id())).isTrue();
		assertThat(provider.getAgreementVersion()).isNotBlank();
	}

	@Test
	void aSellerCompletesOnboardingInChineseAndASecondSellerCannotReuseTheCode() {
		app = start();
		TgUser lei = EndToEnd.chinese("李雷");
		long chat = lei.chatId();
		telegram.injectText(lei, "/start");
		telegram.clickButton(lei, telegram.awaitText(chat, "云市场助手"), "🏪 卖家入驻");
		telegram.clickButton(lei, telegram.awaitText(chat, "您是否同意该协议"), "✅ 我已阅读并同意协议");
		telegram.clickButton(lei, telegram.awaitText(chat, "企业实名认证"), "是，已完成认证");
		telegram.awaitText(chat, "公司名称");
		// an emoji is not part of a name (issue 14: it used to be kept): refused in the user's language
		telegram.injectText(lei, "福州云测科技有限公司 🚀");
		telegram.awaitText(chat, "公司名称只能包含文字、数字、空格");
		telegram.injectText(lei, "福州云测科技有限公司");
		telegram.awaitText(chat, "统一社会信用代码");
		telegram.injectText(lei, "9144030071526726XG");
		telegram.awaitText(chat, "联系人</b>是谁".replace("</b>", ""));
		telegram.injectText(lei, "韩梅梅");
		telegram.awaitText(chat, "联系电话");
		telegram.injectText(lei, "0591-87654321");
		telegram.awaitText(chat, "邮箱");
		telegram.injectText(lei, "ops@yunce.example.cn");
		telegram.awaitText(chat, "开户名称");
		telegram.injectText(lei, "福州云测科技有限公司");
		telegram.awaitText(chat, "开户银行");
		telegram.injectText(lei, "招商银行");
		telegram.awaitText(chat, "开户支行");
		telegram.injectText(lei, "福州分行营业部");
		telegram.awaitText(chat, "银行账号");
		telegram.injectText(lei, "591902345610601");
		SentMessage summary = telegram.awaitText(chat, "请核对您填写的内容");
		assertThat(summary.text()).contains("联系电话：+86 591-******21").contains("银行账号：**** **** 0601");
		telegram.clickButton(lei, summary, "✅ 提交");
		telegram.awaitText(chat, "已保存福州云测科技有限公司的公司信息");
		SentMessage fee = telegram.awaitText(chat, "平台认证费</b>：¥5,000".replace("</b>", ""));
		telegram.clickButton(lei, fee, "💳 立即缴纳");
		SentMessage payment = telegram.awaitText(chat, "云市场支付页面");
		String link = payment.buttons().get(0).url();
		assertThat(payment.buttons().get(0).text()).isEqualTo("支付 ¥5,000");
		assertThat(confirmPayment(link.substring(link.indexOf("ref=") + 4, link.indexOf('&')), API_KEY)).isEqualTo(200);
		SentMessage received = telegram.awaitText(chat, "已收到福州云测科技有限公司的平台认证费");
		telegram.clickButton(lei, received, "🏦 添加商户号");
		SentMessage wechat = telegram.awaitText(chat, "微信支付商户号");
		telegram.clickButton(lei, wechat, "跳过 »");
		telegram.awaitText(chat, "财付通商户号</b>".replace("</b>", ""));
		telegram.injectText(lei, "１９０００００１０９");
		SentMessage merchantSummary = telegram.awaitMessage(chat,
				m -> m.messageId() > wechat.messageId() && m.text().contains("请核对您填写的内容"), StandInBotApi.DEFAULT_TIMEOUT);
		assertThat(merchantSummary.text()).contains("财付通商户号：1900000109").contains("微信支付商户号：—（已跳过）");
		telegram.clickButton(lei, merchantSummary, "✅ 提交");
		SentMessage merchantSaved = telegram.awaitText(chat, "已保存福州云测科技有限公司的商户号");
		telegram.clickButton(lei, merchantSaved, "🏬 设置店铺");
		telegram.awaitText(chat, "服务范围");
		telegram.injectText(lei, "福建省中小企业的服务器运维与数据迁移");
		telegram.awaitText(chat, "商品特色");
		telegram.injectText(lei, "7×24 小时值守");
		telegram.awaitText(chat, "客服</b>".replace("</b>", ""));
		telegram.injectText(lei, "微信 yunce_ops");
		telegram.awaitText(chat, "推荐商品");
		telegram.injectText(lei, "服务器运维，数据迁移");
		SentMessage shopSummary = telegram.awaitMessage(chat,
				m -> m.messageId() > merchantSaved.messageId() && m.text().contains("请核对您填写的内容"), StandInBotApi.DEFAULT_TIMEOUT);
		// the contact's kind in the seller's language, the ID as typed
		assertThat(shopSummary.text()).contains("微信 yunce_ops").doesNotContain("WeChat");
		telegram.clickButton(lei, shopSummary, "✅ 提交");
		SentMessage inReview = telegram.awaitText(chat, "店铺已提交平台审核");
		assertThat(inReview.text()).containsPattern("预计 \\d{4}-\\d{2}-\\d{2} 当天结束前给出结果");

		TgUser other = EndToEnd.chinese("王");
		long otherChat = other.chatId();
		telegram.injectText(other, "/start");
		telegram.clickButton(other, telegram.awaitText(otherChat, "云市场助手"), "🏪 卖家入驻");
		telegram.clickButton(other, telegram.awaitText(otherChat, "您是否同意该协议"), "✅ 我已阅读并同意协议");
		telegram.clickButton(other, telegram.awaitText(otherChat, "企业实名认证"), "是，已完成认证");
		telegram.awaitText(otherChat, "公司名称");
		telegram.injectText(other, "另一家公司");
		SentMessage usccStep = telegram.awaitText(otherChat, "统一社会信用代码");
		// refused at its own step, not after the eleven steps; the step is asked again
		telegram.injectText(other, "9144030071526726XG");
		SentMessage taken = telegram.awaitMessage(otherChat,
				m -> m.messageId() > usccStep.messageId() && m.text().contains("该统一社会信用代码已被其他服务商注册"),
				StandInBotApi.DEFAULT_TIMEOUT);
		assertThat(taken.text()).contains("第 4 步，共 11 步");
		telegram.injectText(other, "91330106MA2B7XQ2KQ");
		telegram.awaitText(otherChat, "联系人");
	}

	static final String API_KEY = "test-api-key-0123456789abcdefghijklmnop";

	private int confirmPayment(String reference, String key) {
		return RestCalls.to(app, API_KEY)
			.post("/api/payments/" + reference + "/confirm", "{\"amount\": 5000, \"paymentId\": \"PAY-1\"}", key)
			.statusCode();
	}

	@Test
	void aSellerPaysTheFeeWithATelegramInvoice() {
		app = start("--market.payments.provider-token=284685063:TEST:payments");
		TgUser bo = EndToEnd.english("Bo");
		long chat = bo.chatId();
		telegram.injectText(bo, "/start");
		telegram.clickButton(bo, telegram.awaitText(chat, "Cloud Marketplace assistant"), "🏪 Become a seller");
		telegram.clickButton(bo, telegram.awaitText(chat, "Do you accept the agreement?"), "✅ I have read and accept the agreement");
		telegram.clickButton(bo, telegram.awaitText(chat, "real-name verification"), "Yes, it is verified");
		telegram.awaitText(chat, "What is the company name");
		for (String answer : new String[] { "Bo Ops Ltd", "91110108551385082Q", "Bo Chen", "13912345678" }) {
			telegram.injectText(bo, answer);
		}
		telegram.clickButton(bo, telegram.awaitText(chat, "e-mail address"), "Skip »");
		for (String answer : new String[] { "Bo Ops Ltd", "ICBC", "Haidian Branch", "6222 0000 1111 2222" }) {
			telegram.injectText(bo, answer);
		}
		telegram.clickButton(bo, telegram.awaitText(chat, "Please check your answers"), "✅ Submit");
		SentMessage fee = telegram.awaitText(chat, "Platform certification fee: ¥5,000");
		telegram.clickButton(bo, fee, "💳 Pay now");
		var invoice = telegram.awaitCalls("sendinvoice", 1, StandInBotApi.DEFAULT_TIMEOUT).get(0);
		assertThat(invoice.param("currency")).isEqualTo("CNY");
		assertThat(invoice.params().get("prices").get(0).get("amount").asLong()).isEqualTo(500_000);
		String payload = invoice.param("payload");

		telegram.injectPreCheckoutQuery(bo, payload, "CNY", 400_000);
		telegram.injectPreCheckoutQuery(bo, payload, "CNY", 500_000);
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(() -> telegram.preCheckoutAnswers().size() >= 2);
		// the two queries may be answered in either order: match each answer to its query by id, which the
		// stand-in hands out in ascending order (the first query underpays)
		assertThat(telegram.preCheckoutAnswers().stream()
			.sorted(java.util.Comparator.comparing(StandInBotApi.PreCheckoutAnswer::preCheckoutQueryId))
			.map(StandInBotApi.PreCheckoutAnswer::ok)
			.toList()).containsExactly(false, true);

		telegram.injectSuccessfulPayment(bo, payload, "CNY", 500_000);
		SentMessage received = telegram.awaitText(chat, "Certification fee received");
		assertThat(received.buttonTexts()).containsExactly("🏦 Add a merchant account");
		telegram.injectText(bo, "/status");
		SentMessage status = telegram.awaitMessage(chat,
				m -> m.messageId() > received.messageId() && m.text().contains("Your onboarding checklist"), StandInBotApi.DEFAULT_TIMEOUT);
		assertThat(status.text()).contains("✅ Certification fee ¥5,000: paid");
	}

	private ConfigurableApplicationContext start(String... extra) {
		return EndToEnd.app().telegram(telegram).h2(data).args("--market.api-key=" + API_KEY).args(extra).start();
	}

}
