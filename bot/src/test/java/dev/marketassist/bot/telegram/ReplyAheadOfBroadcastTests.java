package dev.marketassist.bot.telegram;

import java.time.Duration;
import java.util.List;

import dev.marketassist.dialogs.Dialogs;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.testing.ApiCall;
import dev.marketassist.testing.StandInBotApi;
import dev.marketassist.testing.TgUser;
import dev.marketassist.testing.EndToEnd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 12: a reply to a user is not held behind a broadcast. With Telegram's flood limits on and
 * the production pacing, 2,000 reminders take about 70 s at 29 messages/s; a user who writes while
 * they go out is answered while most of them are still queued. Counts, not timings.
 */
@SpringBootTest(properties = { "market.telegram.sending.per-chat-per-second=1",
		"market.telegram.sending.per-chat-burst=3" })
@ActiveProfiles("test")
class ReplyAheadOfBroadcastTests {

	private static final int REMINDERS = 2_000;

	static final StandInBotApi telegram = StandInBotApi.start(EndToEnd.TOKEN);

	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		registry.add("market.telegram.token", () -> EndToEnd.TOKEN);
		registry.add("market.telegram.api-url", telegram::baseUrl);
		registry.add("market.telegram.mode", () -> "polling");
	}

	@AfterAll
	static void close() {
		telegram.close();
	}

	@Autowired
	Dialogs dialogs;

	@Test
	void aUsersReplyGoesOutWhileMostOfABroadcastToTwoThousandChatsIsStillQueued() {
		telegram.enforceFloodLimits(true);
		TgUser ada = EndToEnd.english("Ada");
		long firstRecipient = 710_000_000L;
		for (int i = 0; i < REMINDERS; i++) {
			int n = i;
			this.dialogs.notify(firstRecipient + i, "test:broadcast:" + n, (texts) -> Reply.of("Reminder " + n));
		}
		// the broadcast is under way
		await().atMost(Duration.ofSeconds(60)).until(() -> reminders() >= 30);

		telegram.injectText(ada, "/start");
		telegram.awaitMessage(ada.chatId(), (m) -> m.text().contains("Cloud Marketplace assistant"),
				Duration.ofSeconds(60));

		long deliveredFirst = reminders();
		System.out.println("Reply went out after " + deliveredFirst + " of " + REMINDERS + " reminders");
		assertThat(deliveredFirst).as("reminders delivered before the reply").isLessThan(REMINDERS / 2);
		assertThat(telegram.rateLimitedCount()).isZero();
		telegram.enforceFloodLimits(false);
	}

	private static long reminders() {
		List<ApiCall> sends = telegram.calls("sendMessage");
		return sends.stream().filter((call) -> call.ok() && call.chatId() != null && call.chatId() >= 710_000_000L
				&& call.chatId() < 710_000_000L + REMINDERS).count();
	}

}
