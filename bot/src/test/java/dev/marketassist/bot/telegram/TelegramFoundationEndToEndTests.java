package dev.marketassist.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.marketassist.testing.SentMessage;
import dev.marketassist.testing.StandInBotApi;
import dev.marketassist.testing.TgUser;
import dev.marketassist.testing.EndToEnd;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application against the stand-in Bot API, over real HTTP with the real TelegramBots
 * client in long-polling mode: what the user receives.
 */
@SpringBootTest
@ActiveProfiles("test")
class TelegramFoundationEndToEndTests {

	static final StandInBotApi telegram = EndToEnd.telegram();

	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		EndToEnd.polling(registry);
	}

	@Autowired
	MeterRegistry meters;

	/** The shared stand-in is never closed, so the check its close() makes is made here. */
	@org.junit.jupiter.api.AfterEach
	void noEditChangedNothing() {
		assertThat(telegram.notModifiedCount()).as("edits answered 400 'message is not modified'").isZero();
	}

	@Test
	void greetsInEnglishWithTheMainMenu() {
		TgUser ada = EndToEnd.english("Ada");
		telegram.injectText(ada, "/start");
		SentMessage greeting = telegram.awaitText(ada.chatId(), "Cloud Marketplace assistant");
		assertThat(greeting.text()).startsWith("Hello Ada!");
		assertThat(greeting.buttonTexts()).containsExactly("🏪 Become a seller", "🏬 My shop", "📦 My products", "🧾 My orders",
				"❓ Help");
	}

	@Test
	void greetsInChineseForAChineseClient() {
		TgUser lei = EndToEnd.chinese("李雷");
		telegram.injectText(lei, "/start");
		SentMessage greeting = telegram.awaitText(lei.chatId(), "云市场助手");
		assertThat(greeting.text()).startsWith("您好，李雷！");
		assertThat(greeting.buttonTexts()).contains("🏪 卖家入驻", "❓ 帮助");
	}

	@Test
	void answersEveryButtonPressAndShowsHelp() {
		TgUser ada = EndToEnd.english("Ada");
		telegram.injectText(ada, "/start");
		SentMessage menu = telegram.awaitText(ada.chatId(), "Cloud Marketplace assistant");
		telegram.clickButton(ada, menu, "❓ Help");
		telegram.awaitText(ada.chatId(), "How I can help");
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(telegram.unansweredCallbackQueries()).isEmpty());
		assertThat(telegram.callbackAnswers()).anyMatch(answer -> answer.chatId() == ada.chatId());
	}

	@Test
	void appliesADoubleTapOnceAndAnswersTheSecondAsAlreadyDone() {
		TgUser ada = EndToEnd.english("Ada");
		telegram.injectText(ada, "/start");
		SentMessage menu = telegram.awaitText(ada.chatId(), "Cloud Marketplace assistant");
		telegram.clickButton(ada, menu, "🏪 Become a seller");
		SentMessage agreement = telegram.awaitText(ada.chatId(), "Do you accept the agreement?");
		// both taps reach Telegram before the bot removes the buttons
		telegram.clickButton(ada, agreement, "✅ I have read and accept the agreement");
		telegram.clickButton(ada, agreement, "✅ I have read and accept the agreement");
		telegram.awaitText(ada.chatId(), "real-name verification");
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(telegram.callbackAnswers())
				.anyMatch(answer -> answer.chatId() == ada.chatId()
						&& "Already done: this button was used, or a newer message replaced it.".equals(answer.text())));
		assertThat(telegram.messages(ada.chatId()).stream().filter(m -> m.text().contains("real-name verification")))
			.as("the step moved once").hasSize(1);
		assertThat(telegram.lastMessage(ada.chatId()).text()).contains("Step 2 of 11");
	}

	@Test
	void remembersTheChosenLanguage() {
		TgUser ada = EndToEnd.english("Ada");
		telegram.injectText(ada, "/language");
		SentMessage choose = telegram.awaitText(ada.chatId(), "Choose your language");
		telegram.clickButton(ada, choose, "中文");
		telegram.awaitText(ada.chatId(), "已切换为中文");
		telegram.injectText(ada, "/start");
		telegram.awaitText(ada.chatId(), "您好，Ada！");
	}

	@Test
	void registersTheCommandsInChineseAndEnglish() {
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(telegram.commands().keySet()).anyMatch(key -> "zh".equals(key.languageCode()));
			assertThat(telegram.commands().keySet()).anyMatch(key -> "en".equals(key.languageCode()));
		});
		var zh = telegram.commands().entrySet().stream().filter(e -> "zh".equals(e.getKey().languageCode())).findFirst().orElseThrow();
		assertThat(zh.getValue()).extracting(StandInBotApi.RegisteredCommand::command)
			.containsExactly("start", "help", "status", "products", "orders", "account", "team", "cancel", "language");
		assertThat(zh.getValue().get(0).description()).isEqualTo("主菜单，或从上次中断处继续");
	}

	@Test
	void waitsOutA429StormAndStillAnswers() {
		TgUser ada = EndToEnd.english("Ada");
		double before = rateLimited();
		telegram.rateLimitNext("sendmessage", 3, 1);
		telegram.injectText(ada, "/help");
		telegram.awaitMessage(ada.chatId(), m -> m.text().contains("How I can help"), Duration.ofSeconds(20));
		assertThat(rateLimited() - before).isGreaterThanOrEqualTo(3);
	}

	@Test
	void retriesA5xxBurstAndStillAnswers() {
		TgUser ada = EndToEnd.english("Ada");
		telegram.failNext("sendmessage", 3, 502, "Bad Gateway");
		telegram.injectText(ada, "/help");
		telegram.awaitMessage(ada.chatId(), m -> m.text().contains("How I can help"), Duration.ofSeconds(20));
	}

	@Test
	void keepsTheOrderWithinEachChatWhileChatsRunInParallel() {
		TgUser a = EndToEnd.english("Ann");
		TgUser b = EndToEnd.chinese("白");
		List<String> script = List.of("/help", "/cancel", "/language", "/help", "/cancel", "/language");
		for (String command : script) {
			telegram.injectText(a, command);
			telegram.injectText(b, command);
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> telegram.messages(a.chatId()).size() >= script.size()
				&& telegram.messages(b.chatId()).size() >= script.size());
		assertThat(kinds(telegram.messages(a.chatId()))).containsExactly("help", "cancel", "language", "help", "cancel",
				"language");
		assertThat(kinds(telegram.messages(b.chatId()))).containsExactly("help", "cancel", "language", "help", "cancel",
				"language");
	}

	@Test
	void answersTenThousandCharactersAndMarkupWithoutBreaking() {
		TgUser ada = EndToEnd.english("Ada");
		telegram.injectText(ada, "x".repeat(10_000));
		telegram.awaitText(ada.chatId(), "I did not understand that");
		telegram.injectText(ada, "<b>not bold</b> *_ {\"$gt\": \"\"}");
		await().atMost(Duration.ofSeconds(5)).until(() -> telegram.messages(ada.chatId()).size() >= 2);
		assertThat(telegram.calls("sendmessage")).allMatch(call -> call.ok() || call.errorCode() == 429 || call.errorCode() >= 500);
	}

	@Test
	void countsUpdatesRepliesAndLatency() {
		TgUser ada = EndToEnd.english("Ada");
		double handled = count("market.updates.handled");
		double sent = count("market.telegram.sent");
		telegram.injectText(ada, "/help");
		telegram.awaitText(ada.chatId(), "How I can help");
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			assertThat(count("market.updates.handled")).isGreaterThan(handled);
			assertThat(count("market.telegram.sent")).isGreaterThan(sent);
			// recorded once the delivery is confirmed, a moment after the reply reached Telegram
			assertThat(meters.find("market.updates.latency").timer().count()).isPositive();
		});
		// MongoDB's connection pool is measured, not each command (see application.properties)
		assertThat(meters.find("mongodb.driver.pool.size").gauges()).isNotEmpty();
		assertThat(meters.find("mongodb.driver.commands").timers()).isEmpty();
	}

	private double count(String name) {
		return meters.find(name).counters().stream().mapToDouble(c -> c.count()).sum();
	}

	private double rateLimited() {
		var counter = meters.find("market.telegram.rate_limited").counter();
		return counter == null ? 0 : counter.count();
	}

	private static List<String> kinds(List<SentMessage> messages) {
		List<String> kinds = new ArrayList<>();
		for (SentMessage message : messages) {
			String text = message.text();
			kinds.add(text.contains("How I can help") || text.contains("我能帮您做什么") ? "help"
					: text.contains("nothing to cancel") || text.contains("没有可以取消") ? "cancel"
							: text.contains("Choose your language") ? "language" : "other: " + text);
		}
		return kinds;
	}

}
