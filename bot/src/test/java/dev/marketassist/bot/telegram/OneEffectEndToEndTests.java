package dev.marketassist.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.marketassist.dialogs.Outgoing;
import dev.marketassist.dialogs.session.ChatSession;
import dev.marketassist.dialogs.session.ChatSessions;
import dev.marketassist.dialogs.session.SessionChange;
import dev.marketassist.testing.CallbackAnswer;
import dev.marketassist.testing.SentMessage;
import dev.marketassist.testing.StandInBotApi;
import dev.marketassist.testing.TgUser;
import dev.marketassist.testing.EndToEnd;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Issue 14, "one answer, one effect", through the stand-in Bot API with the real client and the
 * embedded MongoDB on H2 files: a crash between delivering a prompt and confirming it (the
 * confirmation is lost, the application is stopped and started again on the same data), double
 * taps on a menu button, the fee's "Not now" and "Set up the shop", a stale "Pay now", and names
 * that are not names.
 */
class OneEffectEndToEndTests {

	private static final String ALREADY_DONE = "Already done: this button was used, or a newer message replaced it.";

	@TempDir
	Path data;

	StandInBotApi telegram;

	ConfigurableApplicationContext app;

	@BeforeEach
	void startTelegram() {
		telegram = StandInBotApi.start(EndToEnd.TOKEN);
		LosingConfirmations.LOSE.set(false);
	}

	@AfterEach
	void stop() {
		LosingConfirmations.LOSE.set(false);
		if (app != null) {
			app.close();
		}
		telegram.close();
	}

	@Test
	void afterACrashBetweenDeliveryAndConfirmationOnlyTheCurrentQuestionIsSentAgain() {
		app = start();
		TgUser ada = EndToEnd.english("Ada");
		long chat = ada.chatId();
		toAccountHolder(ada);
		// from now on the deliveries reach the chat but their confirmation is lost (as if killed right after)
		LosingConfirmations.LOSE.set(true);
		telegram.injectText(ada, "ACME Cloud");
		SentMessage bank = telegram.awaitText(chat, "Which bank");
		telegram.injectText(ada, "China Merchants Bank");
		SentMessage branch = telegram.awaitText(chat, "Which branch");
		// neither prompt is confirmed, yet the outbox owes only the newest question of the dialog
		assertThat(session(ada).getOutbox()).filteredOn(entry -> entry.asks() != null)
			.extracting(Outgoing::asks)
			.containsExactly("onboarding/branch");
		app.close();
		LosingConfirmations.LOSE.set(false);

		app = start(fastRecovery());
		SentMessage again = telegram.awaitMessage(chat,
				m -> m.messageId() > branch.messageId() && m.text().contains("Which branch"), Duration.ofSeconds(15));
		assertThat(again.buttonTexts()).contains("« Back");
		assertThat(after(chat, bank.messageId())).as("the answered question is never sent again")
			.noneMatch(m -> m.text().contains("Which bank"));
		await().atMost(Duration.ofSeconds(10)).until(() -> session(ada).getOutbox().isEmpty());
		telegram.injectText(ada, "Fuzhou Branch");
		telegram.awaitText(chat, "account number");
		assertThat(session(ada).getActive().getAnswers()).containsEntry("bank", "China Merchants Bank")
			.containsEntry("branch", "Fuzhou Branch");
	}

	@Test
	void anAnswerRepeatedAfterTheRecoveryResentItsQuestionIsStoredOnceUnderItsField() {
		app = start();
		TgUser ada = EndToEnd.english("Ada");
		long chat = ada.chatId();
		toAccountHolder(ada);
		// the bank question reaches the chat; the bot is killed before it confirms that
		LosingConfirmations.LOSE.set(true);
		telegram.injectText(ada, "ACME Cloud");
		SentMessage bank = telegram.awaitText(chat, "Which bank");
		await().atMost(Duration.ofSeconds(5))
			.until(() -> session(ada).getOutbox().stream().anyMatch(entry -> "onboarding/bank".equals(entry.asks())));
		app.close();
		LosingConfirmations.LOSE.set(false);

		app = start(fastRecovery());
		// after the restart the recovery sends the question again
		SentMessage bankAgain = telegram.awaitMessage(chat, m -> m.messageId() > bank.messageId() && m.text().contains("Which bank"),
				Duration.ofSeconds(15));
		// the answer that was on its way arrives, and the seller, who saw the question twice, sends it again
		telegram.injectText(ada, "China Merchants Bank");
		SentMessage branch = telegram.awaitMessage(chat,
				m -> m.messageId() > bankAgain.messageId() && m.text().contains("Which branch"), StandInBotApi.DEFAULT_TIMEOUT);
		telegram.injectText(ada, "China Merchants Bank");
		SentMessage told = telegram.awaitMessage(chat, m -> m.messageId() > branch.messageId() && m.text().contains("again"),
				StandInBotApi.DEFAULT_TIMEOUT);
		assertThat(told.text()).contains("You sent the answer to “Bank” again: it is saved once").contains("Which branch");
		assertThat(session(ada).getActive().getStep()).isEqualTo("branch");
		assertThat(session(ada).getActive().getAnswers()).containsEntry("bank", "China Merchants Bank").doesNotContainKey("branch");
		telegram.injectText(ada, "Fuzhou Branch");
		telegram.awaitText(chat, "account number");
		assertThat(session(ada).getActive().getAnswers()).containsEntry("bank", "China Merchants Bank")
			.containsEntry("branch", "Fuzhou Branch");
	}

	@Test
	void aReplyToAnEarlierQuestionIsNeverStoredUnderTheCurrentOne() {
		app = start();
		TgUser ada = EndToEnd.english("Ada");
		long chat = ada.chatId();
		toAccountHolder(ada);
		telegram.injectText(ada, "ACME Cloud");
		SentMessage bank = telegram.awaitText(chat, "Which bank");
		telegram.injectText(ada, "China Merchants Bank");
		SentMessage branch = telegram.awaitText(chat, "Which branch");
		await().atMost(Duration.ofSeconds(5)).until(() -> session(ada).getPromptMessageId() != null);
		// Telegram tells which message a text replies to: the bank question, not the branch question
		replyTo(ada, bank.messageId(), "China Merchants Bank");
		SentMessage told = telegram.awaitMessage(chat, m -> m.messageId() > branch.messageId() && m.text().contains("again"),
				StandInBotApi.DEFAULT_TIMEOUT);
		assertThat(told.text()).contains("You sent the answer to “Bank” again: it is saved once").contains("Which branch");
		replyTo(ada, bank.messageId(), "Fuzhou Branch");
		telegram.awaitMessage(chat, m -> m.messageId() > told.messageId() && m.text().contains("You replied to an earlier question"),
				StandInBotApi.DEFAULT_TIMEOUT);
		assertThat(session(ada).getActive().getAnswers()).containsEntry("bank", "China Merchants Bank").doesNotContainKey("branch");
		telegram.injectText(ada, "Fuzhou Branch");
		telegram.awaitText(chat, "account number");
		assertThat(session(ada).getActive().getAnswers()).containsEntry("branch", "Fuzhou Branch");
	}

	@Test
	void everyButtonActsOnceAndNamesAreNames() {
		app = start();
		TgUser ada = EndToEnd.english("Ada");
		long chat = ada.chatId();
		telegram.injectText(ada, "/start");
		SentMessage menu = telegram.awaitText(chat, "Cloud Marketplace assistant");
		// a double tap on a menu button starts the dialog once
		telegram.clickButton(ada, menu, "🏪 Become a seller");
		telegram.clickButton(ada, menu, "🏪 Become a seller");
		SentMessage agreement = telegram.awaitText(chat, "Do you accept the agreement?");
		// the menu only navigates, so it keeps its buttons under the new prompt: the second tap points there
		awaitAnswer(chat, menu.callbackData("🏪 Become a seller"), "A newer message replaced this one: please use the latest message below.");
		assertThat(count(chat, "Do you accept the agreement?")).isEqualTo(1);
		telegram.clickButton(ada, agreement, "✅ I have read and accept the agreement");
		telegram.clickButton(ada, telegram.awaitText(chat, "real-name verification"), "Yes, it is verified");
		telegram.awaitText(chat, "What is the company name");

		// names are names: operator-like input, emoji, markup and blanks are refused, naming the field
		refusedThenTaken(ada, "{\"$gt\": \"\"}", "The company name may contain only letters", "Fujian Yunce Tech Co., Ltd.",
				"Unified Social Credit Code");
		telegram.injectText(ada, "91350100M000100Y43");
		telegram.awaitText(chat, "Who is the contact person");
		refusedThenTaken(ada, "\u200b", "Please send the person's name: it cannot be blank.", null, null);
		refusedThenTaken(ada, "<b>bold</b> & <i>", "A person's name may contain only letters", "Ada Lovelace", "phone number");
		telegram.injectText(ada, "13812345678");
		telegram.clickButton(ada, telegram.awaitText(chat, "e-mail address"), "Skip »");
		telegram.awaitText(chat, "account holder");
		refusedThenTaken(ada, "Yunce 🚀", "The account holder's name may contain only letters", "Fujian Yunce Tech Co., Ltd.",
				"Which bank");
		refusedThenTaken(ada, "🏦🏦🏦", "The bank name may contain only letters", "招商银行", "Which branch");
		refusedThenTaken(ada, "$where", "The branch name may contain only letters", "福州分行营业部", "account number");
		telegram.injectText(ada, "6222020200112233");
		SentMessage summary = telegram.awaitText(chat, "Please check your answers");
		assertThat(summary.text()).contains("Company name: Fujian Yunce Tech Co., Ltd.").contains("Contact person: Ada Lovelace");
		telegram.clickButton(ada, summary, "✅ Submit");

		// the fee: a double tap on "Not now" defers it once, the second tap is "already done"
		SentMessage fee = telegram.awaitText(chat, "Platform certification fee");
		String payNow = fee.callbackData("💳 Pay now");
		telegram.clickButton(ada, fee, "Not now");
		telegram.clickButton(ada, fee, "Not now");
		SentMessage deferred = telegram.awaitMessage(chat,
				m -> m.messageId() == fee.messageId() && m.text().contains("pay the certification fee later"),
				StandInBotApi.DEFAULT_TIMEOUT);
		awaitAnswer(chat, fee.callbackData("Not now"), ALREADY_DONE);
		// a stale "Pay now" of the fee message, which has moved on (pressed on a client that still showed it), starts no payment
		pressStale(ada, fee.messageId(), payNow);
		awaitAnswer(chat, payNow, ALREADY_DONE);

		// a double tap on "Set up the shop" starts the shop dialog once, and its first answer is kept
		telegram.clickButton(ada, deferred, "🏬 Set up the shop");
		telegram.clickButton(ada, deferred, "🏬 Set up the shop");
		SentMessage scope = telegram.awaitText(chat, "service scope");
		awaitAnswer(chat, deferred.callbackData("🏬 Set up the shop"), ALREADY_DONE);
		telegram.injectText(ada, "Linux server operations for SMEs in Fujian");
		telegram.awaitText(chat, "product features");
		refusedThenTaken(ada, "Fast 🚀 <b>ops</b>", "Please write this as plain text", "24/7 on-call engineers", "customer service");
		assertThat(count(chat, "service scope")).isEqualTo(1);
		assertThat(after(chat, 0)).noneMatch(m -> m.text().contains("can only be postponed before a payment"))
			.noneMatch(m -> m.text().contains("payment page"));
		assertThat(session(ada).getActive().getAnswers()).containsEntry("scope", "Linux server operations for SMEs in Fujian")
			.containsEntry("features", "24/7 on-call engineers");
		assertThat(scope.buttonTexts()).contains("✖ Cancel");
		assertThat(telegram.unansweredCallbackQueries()).isEmpty();
	}

	/** Sends a bad answer, expects the refusal, then (if given) a good one and the next question. */
	private void refusedThenTaken(TgUser user, String bad, String refusal, String good, String next) {
		long chat = user.chatId();
		int before = telegram.lastMessage(chat).messageId();
		telegram.injectText(user, bad);
		SentMessage refused = telegram.awaitMessage(chat, m -> m.messageId() > before && m.text().contains(refusal),
				StandInBotApi.DEFAULT_TIMEOUT);
		if (good != null) {
			telegram.injectText(user, good);
			telegram.awaitMessage(chat, m -> m.messageId() > refused.messageId() && m.text().contains(next),
					StandInBotApi.DEFAULT_TIMEOUT);
		}
	}

	/** Through onboarding to the account holder's question (the application running). */
	private void toAccountHolder(TgUser ada) {
		long chat = ada.chatId();
		telegram.injectText(ada, "/start");
		telegram.clickButton(ada, telegram.awaitText(chat, "Cloud Marketplace assistant"), "🏪 Become a seller");
		telegram.clickButton(ada, telegram.awaitText(chat, "Do you accept the agreement?"), "✅ I have read and accept the agreement");
		telegram.clickButton(ada, telegram.awaitText(chat, "real-name verification"), "Yes, it is verified");
		telegram.awaitText(chat, "What is the company name");
		telegram.injectText(ada, "ACME Cloud");
		telegram.awaitText(chat, "Unified Social Credit Code");
		telegram.injectText(ada, "91350100M000100Y43");
		telegram.awaitText(chat, "Who is the contact person");
		telegram.injectText(ada, "Ada Lovelace");
		telegram.awaitText(chat, "phone number");
		telegram.injectText(ada, "13812345678");
		telegram.clickButton(ada, telegram.awaitText(chat, "e-mail address"), "Skip »");
		telegram.awaitText(chat, "account holder");
		await().atMost(Duration.ofSeconds(5)).until(() -> session(ada).getOutbox().isEmpty());
	}

	/** A text that replies to one of the bot's messages (Telegram's reply_to_message). */
	private void replyTo(TgUser user, int botMessageId, String text) {
		long now = java.time.Instant.now().getEpochSecond();
		telegram.injectRaw("""
				{"message": {"message_id": %d, "from": {"id": %d, "is_bot": false, "first_name": "%s", "language_code": "en"},
				 "chat": {"id": %d, "type": "private", "first_name": "%s"}, "date": %d, "text": "%s",
				 "reply_to_message": {"message_id": %d, "from": {"id": %d, "is_bot": true, "first_name": "Bot"},
				  "chat": {"id": %d, "type": "private", "first_name": "%s"}, "date": %d, "text": "…"}}}
				""".formatted(900_000 + botMessageId + (int) (System.nanoTime() % 1000), user.id(), user.firstName(), user.id(),
				user.firstName(), now, text, botMessageId, telegram.botId(), user.id(), user.firstName(), now));
	}

	/** A press of a button the message no longer shows (a client that had not yet updated it). */
	private void pressStale(TgUser user, int messageId, String data) {
		telegram.injectRaw("""
				{"callback_query": {"id": "stale-%d", "from": {"id": %d, "is_bot": false, "first_name": "%s", "language_code": "en"},
				 "message": {"message_id": %d, "from": {"id": %d, "is_bot": true, "first_name": "Bot"},
				  "chat": {"id": %d, "type": "private", "first_name": "%s"}, "date": %d, "text": "…"},
				 "chat_instance": "1", "data": "%s"}}
				""".formatted(System.nanoTime(), user.id(), user.firstName(), messageId, telegram.botId(), user.id(), user.firstName(),
				java.time.Instant.now().getEpochSecond(), data));
	}

	private void awaitAnswer(long chat, String data, String text) {
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(telegram.callbackAnswers()).filteredOn(answer -> answer.chatId() == chat)
				.filteredOn(answer -> data.equals(answer.data()))
				.extracting(CallbackAnswer::text)
				.contains(text));
	}

	private long count(long chat, String fragment) {
		return telegram.messages(chat).stream().filter(m -> m.text().contains(fragment)).count();
	}

	private List<SentMessage> after(long chat, int messageId) {
		return new ArrayList<>(telegram.messages(chat).stream().filter(m -> m.messageId() > messageId).toList());
	}

	private ChatSession session(TgUser user) {
		return app.getBean(ChatSessions.class).findById(user.chatId() + ":" + user.id()).orElseThrow();
	}

	private static String[] fastRecovery() {
		return new String[] { "--market.dialogs.redeliver-after=500ms", "--market.dialogs.sweep-initial-delay=200ms",
				"--market.dialogs.sweep-interval=500ms" };
	}

	private ConfigurableApplicationContext start(String... extra) {
		EndToEnd.App app = EndToEnd.app().telegram(telegram).h2(data).with(LosingConfirmations.class);
		if (dev.marketassist.testing.TestMongo.real()) {
			// -Preal-mongo: the same database across the restart (each context gets a fresh one otherwise)
			app.args("--spring.mongodb.database=one-effect-" + data.getFileName());
		}
		return app.args(extra).start();
	}

	/**
	 * The sessions, with a switch that loses every delivery confirmation: the replies reach the
	 * chat, the outbox keeps them, as after a kill between the two. (Registered explicitly, not
	 * scanned.)
	 */
	static class LosingConfirmations {

		static final AtomicBoolean LOSE = new AtomicBoolean();

		@Bean
		@Primary
		ChatSessions losingConfirmations(MongoTemplate mongo) {
			return new ChatSessions(mongo) {
				@Override
				public void confirmDelivered(String sessionId, List<String> entryKeys, Integer promptMessageId) {
					if (LOSE.get()) {
						throw new IllegalStateException("stopped before confirming the delivery (test)");
					}
					super.confirmDelivered(sessionId, entryKeys, promptMessageId);
				}

				@Override
				public boolean update(String id, long version, SessionChange change) {
					// the delivery lease's confirmations and renewals (the replies' confirmation is lost with them)
					if (LOSE.get()) {
						throw new IllegalStateException("stopped before confirming the delivery (test)");
					}
					return super.update(id, version, change);
				}

				@Override
				public ChatSession modify(String id, long version, SessionChange change) {
					// the delivery lease's confirmations and renewals (the replies' confirmation is lost with them)
					if (LOSE.get()) {
						throw new IllegalStateException("stopped before confirming the delivery (test)");
					}
					return super.modify(id, version, change);
				}
			};
		}

	}

}
