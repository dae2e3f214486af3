package dev.marketassist.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import dev.marketassist.MarketAssistantApplication;
import dev.marketassist.seller.Provider;
import dev.marketassist.testing.SentMessage;
import dev.marketassist.testing.StandInBotApi;
import dev.marketassist.testing.TgUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
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
		telegram = StandInBotApi.start(TelegramEndToEnd.TOKEN);
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
		TgUser ada = TelegramEndToEnd.english("Ada");
		long chat = ada.chatId();
		telegram.injectText(ada, "/start");
		SentMessage menu = telegram.awaitText(chat, "Cloud Marketplace assistant");
		telegram.clickButton(ada, menu, "🏪 Become a seller");
		SentMessage agreement = telegram.awaitText(chat, "Do you accept the agreement?");
		assertThat(agreement.text()).contains("Seller onboarding · Step 1 of 11");
		telegram.clickButton(ada, agreement, "✅ I have read and accept the agreement");
		SentMessage verified = telegram.awaitText(chat, "real-name verification");
		assertThat(telegram.messages(chat).stream().filter(m -> m.messageId() == agreement.messageId()).findFirst().orElseThrow()
			.hasKeyboard()).as("the answered prompt's buttons are removed").isFalse();
		telegram.clickButton(ada, verified, "Yes, it is verified");
		telegram.awaitText(chat, "What is the company name");
		telegram.injectSticker(ada);
		telegram.awaitText(chat, "Please type your answer as text.");
		telegram.injectText(ada, "<b>ACME</b> *_ Cloud & Co");
		telegram.awaitText(chat, "Unified Social Credit Code");
		telegram.injectText(ada, "91350100M000100Y4");
		telegram.awaitText(chat, "has 18 characters; you sent 17");
		telegram.injectText(ada, "91350100M000100Y44");
		telegram.awaitText(chat, "the last character does not match");
		telegram.injectText(ada, "91350100I000100Y43");
		telegram.awaitText(chat, "cannot appear in a Unified Social Credit Code");
		telegram.injectText(ada, "91350100m000100y43");
		telegram.awaitText(chat, "Who is the contact person");

		app.close();
		app = start();

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
		assertThat(summary.text()).contains("Company name: <b>ACME</b> *_ Cloud & Co")
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
		assertThat(done.text()).contains("<b>ACME</b> *_ Cloud & Co").contains("**** **** 2233");

		Provider provider = app.getBean(MongoTemplate.class)
			.findOne(Query.query(Criteria.where("uscc").is("91350100M000100Y43")), Provider.class);
		assertThat(provider).isNotNull();
		assertThat(provider.getCompanyName()).isEqualTo("<b>ACME</b> *_ Cloud & Co");
		assertThat(provider.getContactName()).isEqualTo("Grace Hopper");
		assertThat(provider.getContactPhone()).isEqualTo("+8613812345678");
		assertThat(provider.getBankAccountSealed()).startsWith("v1:").doesNotContain("2233");
		assertThat(provider.isOperator(ada.id())).isTrue();
		assertThat(provider.getAgreementVersion()).isNotBlank();
	}

	@Test
	void aSellerCompletesOnboardingInChineseAndASecondSellerCannotReuseTheCode() {
		app = start();
		TgUser lei = TelegramEndToEnd.chinese("李雷");
		long chat = lei.chatId();
		telegram.injectText(lei, "/start");
		telegram.clickButton(lei, telegram.awaitText(chat, "云市场助手"), "🏪 卖家入驻");
		telegram.clickButton(lei, telegram.awaitText(chat, "您是否同意该协议"), "✅ 我已阅读并同意协议");
		telegram.clickButton(lei, telegram.awaitText(chat, "企业实名认证"), "是，已完成认证");
		telegram.awaitText(chat, "公司名称");
		telegram.injectText(lei, "福州云测科技有限公司 🚀");
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
		assertThat(summary.text()).contains("联系电话: +86 591-******21").contains("银行账号: **** **** 0601");
		telegram.clickButton(lei, summary, "✅ 提交");
		telegram.awaitText(chat, "已保存福州云测科技有限公司 🚀的公司信息");

		TgUser other = TelegramEndToEnd.chinese("王");
		long otherChat = other.chatId();
		telegram.injectText(other, "/start");
		telegram.clickButton(other, telegram.awaitText(otherChat, "云市场助手"), "🏪 卖家入驻");
		telegram.clickButton(other, telegram.awaitText(otherChat, "您是否同意该协议"), "✅ 我已阅读并同意协议");
		telegram.clickButton(other, telegram.awaitText(otherChat, "企业实名认证"), "是，已完成认证");
		telegram.awaitText(otherChat, "公司名称");
		for (String answer : new String[] { "另一家公司", "9144030071526726XG", "王五", "13912345678" }) {
			telegram.injectText(other, answer);
		}
		SentMessage email = telegram.awaitText(otherChat, "邮箱");
		telegram.clickButton(other, email, "跳过 »");
		for (String answer : new String[] { "另一家公司", "工商银行", "鼓楼支行", "6222 0000 1111 2222" }) {
			telegram.injectText(other, answer);
		}
		SentMessage otherSummary = telegram.awaitText(otherChat, "请核对您填写的内容");
		telegram.clickButton(other, otherSummary, "✅ 提交");
		telegram.awaitText(otherChat, "该统一社会信用代码已被其他服务商注册");
	}

	private ConfigurableApplicationContext start() {
		// command-line arguments: they override the test profile's properties
		return new SpringApplicationBuilder(MarketAssistantApplication.class).profiles("test")
			.run("--server.port=0", "--market.embedded-mongo.backend=h2", "--market.embedded-mongo.data-dir=" + data,
					"--market.telegram.token=" + TelegramEndToEnd.TOKEN, "--market.telegram.api-url=" + telegram.baseUrl(),
					"--market.telegram.mode=polling");
	}

}
