package dev.marketassist.testing;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerPreCheckoutQuery;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.DeleteMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.GetMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.invoices.SendInvoice;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.GetWebhookInfo;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.payments.LabeledPrice;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * The stand-in Bot API driven by the real TelegramBots 9.6 client, as the bot will drive it.
 */
class StandInBotApiTests {

	private static final String TOKEN = "123456:TEST-stand-in-token";

	private static final long CHAT = 1001;

	private static final TgUser ANN = new TgUser(CHAT, "Ann", "en");

	private final HttpClient http = HttpClient.newHttpClient();

	private StandInBotApi api;

	private TelegramUrl url;

	private TelegramClient client;

	@BeforeEach
	void start() {
		this.api = StandInBotApi.start(TOKEN);
		this.api.allowNotModified(true); // some tests here ask for it
		this.url = new TelegramUrl("http", "127.0.0.1", this.api.port(), false);
		this.client = new OkHttpTelegramClient(TOKEN, this.url);
	}

	@AfterEach
	void stop() {
		this.api.close();
	}

	// ------------------------------------------------------------------ messages

	@Test
	void sendMessageAnswersAMessageFromTheBotWithIdsIncreasingPerChat() throws Exception {
		Message first = this.client.execute(SendMessage.builder().chatId(CHAT).text("Hello").build());
		Message second = this.client.execute(SendMessage.builder().chatId(CHAT).text("World").build());
		Message inGroup = this.client.execute(SendMessage.builder().chatId(-42L).text("Hi all").build());

		assertThat(second.getMessageId()).isGreaterThan(first.getMessageId());
		assertThat(first.getFrom().getIsBot()).isTrue();
		assertThat(first.getFrom().getUserName()).isEqualTo(StandInBotApi.BOT_USERNAME);
		assertThat(first.getFrom().getId()).isEqualTo(123456L);
		assertThat(first.getChat().getType()).isEqualTo("private");
		assertThat(first.getDate()).isPositive();
		assertThat(inGroup.getChat().getType()).isEqualTo("group");
		assertThat(this.api.messages(CHAT)).extracting(SentMessage::text).containsExactly("Hello", "World");
		assertThat(this.api.lastMessage(-42)).extracting(SentMessage::messageId).isEqualTo(inGroup.getMessageId());
		assertThat(this.api.calls("sendMessage")).hasSize(3).allMatch(ApiCall::ok);
		assertThat(this.client.execute(new GetMe()).getFirstName()).isEqualTo(StandInBotApi.BOT_FIRST_NAME);
	}

	@Test
	void textLengthIsCountedInUtf16UnitsAfterEntityParsing() throws Exception {
		assertRefused(() -> send("a".repeat(4097), null), 400, "Bad Request: message is too long");
		assertRefused(() -> send("\uD83D\uDE00".repeat(2049), null), 400, "Bad Request: message is too long");

		send("a".repeat(4096), null);
		send("\uD83D\uDE00".repeat(2048), null);
		send("<b>" + "a".repeat(4096) + "</b>", "HTML");

		assertThat(this.api.messages(CHAT)).hasSize(3);
		assertThat(this.api.lastMessage(CHAT).text()).hasSize(4096);
		assertRefused(() -> send("<b> </b>", "HTML"), 400, "Bad Request: message text is empty");
	}

	static Stream<Arguments> refusedHtml() {
		return Stream.of(Arguments.of("<b>x", "Can't find end tag corresponding to start tag \"b\""),
				Arguments.of("<foo>", "Unsupported start tag \"foo\" at byte offset 0"),
				Arguments.of("a < b", "Unsupported start tag \"\" at byte offset 2"),
				Arguments.of("x</b>", "Unexpected end tag at byte offset 1"),
				Arguments.of("<b>x</i>", "Unmatched end tag at byte offset 4, expected \"</b>\", found \"</i>\""),
				Arguments.of("<span>x</span>", "Tag \"span\" must have class \"tg-spoiler\" at byte offset 0"),
				Arguments.of("Tom & Jerry", "Character '&' at byte offset 4 must be escaped as \"&amp;\""));
	}

	@ParameterizedTest
	@MethodSource("refusedHtml")
	void malformedHtmlIsRefusedWithTelegramsDescription(String html, String error) {
		TelegramApiRequestException refused = catchThrowableOfType(TelegramApiRequestException.class, () -> send(html, "HTML"));

		assertThat(refused.getErrorCode()).isEqualTo(400);
		assertThat(refused.getApiResponse()).startsWith("Bad Request: can't parse entities: " + error);
		assertThat(this.api.messages(CHAT)).isEmpty();
	}

	@Test
	void wellFormedHtmlIsAcceptedWithEntities() throws Exception {
		Message escaped = send("&lt;b&gt; &amp; &quot;q&quot; &#65;&#x42;", "HTML");
		Message nested = send("<b><i>x</i></b> <a href=\"https://example.com\">site</a>", "HTML");

		assertThat(escaped.getText()).isEqualTo("<b> & \"q\" AB");
		assertThat(escaped.getEntities()).isNullOrEmpty();
		assertThat(nested.getText()).isEqualTo("x site");
		assertThat(nested.getEntities()).extracting(MessageEntity::getType).containsExactlyInAnyOrder("bold", "italic", "text_link");
		assertThat(nested.getEntities()).filteredOn((entity) -> entity.getType().equals("text_link"))
			.singleElement()
			.satisfies((link) -> {
				assertThat(link.getOffset()).isEqualTo(2);
				assertThat(link.getUrl()).isEqualTo("https://example.com");
			});
		assertThat(this.api.lastMessage(CHAT).parseMode()).isEqualTo("HTML");

		this.api.strictHtmlAmpersand(false);
		assertThat(send("Tom & Jerry", "HTML").getText()).isEqualTo("Tom & Jerry");
	}

	@Test
	void markdownV2ReservedCharactersMustBeEscaped() throws Exception {
		assertRefused(() -> send("Total: 5.00", "MarkdownV2"), 400,
				"Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the preceding '\\'");
		assertRefused(() -> send("*bold", "MarkdownV2"), 400,
				"Bad Request: can't parse entities: Can't find end of Bold entity at byte offset 0");

		Message ok = send("*Total:* 5\\.00 \\(incl\\. tax\\)", "MarkdownV2");

		assertThat(ok.getText()).isEqualTo("Total: 5.00 (incl. tax)");
		assertThat(ok.getEntities()).extracting(MessageEntity::getType).containsExactly("bold");
	}

	@Test
	void unknownParseModeIsRefused() {
		assertRefused(() -> send("x", "Textile"), 400, "Bad Request: unsupported parse_mode");
	}

	// ------------------------------------------------------------------ keyboards and edits

	@Test
	void callbackDataIsLimitedTo64BytesOfUtf8() throws Exception {
		assertRefused(() -> sendWithButton("a".repeat(65)), 400, "Bad Request: BUTTON_DATA_INVALID");
		assertRefused(() -> sendWithButton("\u00e9".repeat(32) + "a"), 400, "Bad Request: BUTTON_DATA_INVALID");
		assertRefused(() -> sendWithButton("\u20ac".repeat(22)), 400, "Bad Request: BUTTON_DATA_INVALID");

		sendWithButton("a".repeat(64));
		sendWithButton("\u00e9".repeat(32));
		sendWithButton("\u20ac".repeat(21) + "a");

		assertThat(this.api.messages(CHAT)).extracting((message) -> message.buttons().get(0).callbackData())
			.containsExactly("a".repeat(64), "\u00e9".repeat(32), "\u20ac".repeat(21) + "a");
	}

	@Test
	void inlineButtonsNeedAnActionAndAValidUrl() {
		InlineKeyboardButton textOnly = InlineKeyboardButton.builder().text("Just text").build();
		InlineKeyboardButton badUrl = InlineKeyboardButton.builder().text("Site").url("not a url").build();

		assertRefused(() -> this.client.execute(message("x").replyMarkup(keyboard(textOnly)).build()), 400,
				"Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
		assertRefused(() -> this.client.execute(message("x").replyMarkup(keyboard(badUrl)).build()), 400,
				"Bad Request: inline keyboard button URL 'not a url' is invalid: Wrong HTTP URL");
	}

	@Test
	void editMessageTextRefusesAnEditThatChangesNothingAndDropsTheKeyboardWhenNoneIsSent() throws Exception {
		Message sent = sendWithButton("pick:1");
		InlineKeyboardMarkup sameKeyboard = keyboard(button("pick:1"));

		assertRefused(() -> this.client.execute(edit(sent, "Choose").replyMarkup(sameKeyboard).build()), 400,
				"Bad Request: " + BotApiMethods.NOT_MODIFIED);
		assertRefused(() -> this.client.execute(EditMessageText.builder().chatId(CHAT).messageId(999).text("x").build()),
				400, "Bad Request: message to edit not found");

		Serializable edited = this.client.execute(edit(sent, "Chosen: <b>1</b>").parseMode("HTML").build());

		assertThat(edited).isInstanceOfSatisfying(Message.class, (message) -> {
			assertThat(message.getText()).isEqualTo("Chosen: 1");
			assertThat(message.getEditDate()).isNotNull();
			assertThat(message.getReplyMarkup()).isNull();
		});
		SentMessage now = this.api.lastMessage(CHAT);
		assertThat(now.text()).isEqualTo("Chosen: 1");
		assertThat(now.keyboard()).isEmpty();
		assertThat(now.editCount()).isEqualTo(1);
		assertThat(now.previousTexts()).containsExactly("Choose");
	}

	@Test
	void editMessageReplyMarkupReplacesAndRemovesTheKeyboard() throws Exception {
		Message sent = sendWithButton("pick:1");

		this.client.execute(EditMessageReplyMarkup.builder().chatId(CHAT).messageId(sent.getMessageId())
			.replyMarkup(keyboard(button("pick:2"), button("pick:3"))).build());
		assertThat(this.api.lastMessage(CHAT).buttons()).extracting(SentMessage.Button::callbackData)
			.containsExactly("pick:2", "pick:3");

		this.client.execute(EditMessageReplyMarkup.builder().chatId(CHAT).messageId(sent.getMessageId()).build());
		assertThat(this.api.lastMessage(CHAT).hasKeyboard()).isFalse();
		assertRefused(() -> this.client.execute(EditMessageReplyMarkup.builder().chatId(CHAT).messageId(sent.getMessageId()).build()),
				400, "Bad Request: " + BotApiMethods.NOT_MODIFIED);
		assertThat(this.api.lastMessage(CHAT).editCount()).isEqualTo(2);
	}

	@Test
	void deleteMessageForgetsTheMessageOnce() throws Exception {
		Message sent = send("Temporary", null);
		DeleteMessage delete = DeleteMessage.builder().chatId(CHAT).messageId(sent.getMessageId()).build();

		assertThat(this.client.execute(delete)).isTrue();

		assertThat(this.api.messages(CHAT)).isEmpty();
		assertRefused(() -> this.client.execute(delete), 400, "Bad Request: message to delete not found");
	}

	// ------------------------------------------------------------------ callback queries

	@Test
	void aCallbackQueryCanBeAnsweredOnceAndOnlyIfItWasInjected() throws Exception {
		assertRefused(() -> this.client.execute(AnswerCallbackQuery.builder().callbackQueryId("12345").build()), 400,
				"Bad Request: " + BotApiMethods.QUERY_INVALID);

		Message sent = sendWithButton("approve:7");
		long updateId = this.api.clickButton(ANN, CHAT, sent.getMessageId(), "Button");
		JsonNode query = this.api.injectedUpdate(updateId).get("callback_query");
		String queryId = query.get("id").asText();
		AnswerCallbackQuery answer = AnswerCallbackQuery.builder().callbackQueryId(queryId).text("Saved").build();

		assertThat(query.at("/message/reply_markup/inline_keyboard/0/0/callback_data").asText()).isEqualTo("approve:7");
		assertThat(query.get("data").asText()).isEqualTo("approve:7");
		assertThat(this.api.unansweredCallbackQueries()).containsExactly(queryId);
		assertThat(this.client.execute(answer)).isTrue();
		assertRefused(() -> this.client.execute(answer), 400, "Bad Request: " + BotApiMethods.QUERY_INVALID);
		assertThat(this.api.callbackAnswers()).singleElement().satisfies((recorded) -> {
			assertThat(recorded.callbackQueryId()).isEqualTo(queryId);
			assertThat(recorded.data()).isEqualTo("approve:7");
			assertThat(recorded.text()).isEqualTo("Saved");
			assertThat(recorded.messageId()).isEqualTo(sent.getMessageId());
		});
		assertThat(this.api.unansweredCallbackQueries()).isEmpty();
		assertThatThrownBy(() -> this.api.injectCallback(ANN, CHAT, sent.getMessageId(), "forged"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("no button with callback_data \"forged\"");
	}

	// ------------------------------------------------------------------ faults and flood limits

	@Test
	void rateLimitNextAnswers429WithRetryAfter() throws Exception {
		this.api.rateLimitNext("sendMessage", 1, 7);

		TelegramApiRequestException limited = catchThrowableOfType(TelegramApiRequestException.class,
				() -> send("Hi", null));

		assertThat(limited.getErrorCode()).isEqualTo(429);
		assertThat(limited.getApiResponse()).isEqualTo("Too Many Requests: retry after 7");
		assertThat(limited.getParameters().getRetryAfter()).isEqualTo(7);
		assertThat(send("Hi again", null).getText()).isEqualTo("Hi again");
		assertThat(this.api.rateLimitedCount()).isEqualTo(1);
		assertThat(this.api.calls("sendmessage")).extracting(ApiCall::httpStatus).containsExactly(429, 200);
	}

	@Test
	void failNextAnswersTheGivenErrorForTheNextCalls() throws Exception {
		this.api.failNext("sendmessage", 2, 502, "Bad Gateway");

		assertRefused(() -> send("1", null), 502, "Bad Gateway");
		assertRefused(() -> send("2", null), 502, "Bad Gateway");
		send("3", null);

		assertThat(this.api.messages(CHAT)).extracting(SentMessage::text).containsExactly("3");
	}

	@Test
	void floodLimitsRefuseBurstsBeyondTelegramsLimits() throws Exception {
		this.api.enforceFloodLimits(true);

		// one private chat: a burst of 3, then about one per second
		for (int i = 0; i < 3; i++) {
			send("burst " + i, null);
		}
		TelegramApiRequestException refused = catchThrowableOfType(TelegramApiRequestException.class, () -> send("4th", null));
		assertThat(refused.getErrorCode()).isEqualTo(429);
		assertThat(refused.getParameters().getRetryAfter()).isPositive();

		// 40 chats as fast as possible: no more than 30 per second overall
		List<CompletableFuture<Message>> sends = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			sends.add(this.client.executeAsync(SendMessage.builder().chatId(5000L + i).text("news").build()));
		}
		int limited = 0;
		for (CompletableFuture<Message> send : sends) {
			try {
				send.get(5, TimeUnit.SECONDS);
			}
			catch (ExecutionException ex) {
				assertThat(ex.getCause()).isInstanceOfSatisfying(TelegramApiRequestException.class,
						(tooMany) -> assertThat(tooMany.getErrorCode()).isEqualTo(429));
				limited++;
			}
		}
		assertThat(limited).isPositive();
		assertThat(this.api.rateLimitedCount()).isEqualTo(limited + 1);
		List<Long> accepted = this.api.calls("sendmessage").stream().filter(ApiCall::ok).map(ApiCall::nanoTime).toList();
		for (long start : accepted) {
			long inWindow = accepted.stream().filter((t) -> t >= start && t < start + TimeUnit.SECONDS.toNanos(1)).count();
			assertThat(inWindow).isLessThanOrEqualTo(30);
		}
	}

	@Test
	void aBlockedUserCannotBeMessaged() throws Exception {
		long blocked = this.api.injectBotBlocked(ANN);

		assertRefused(() -> send("Hi", null), 403, "Forbidden: bot was blocked by the user");

		this.api.injectBotUnblocked(ANN);
		assertThat(send("Hi", null).getText()).isEqualTo("Hi");
		assertThat(this.api.injectedUpdate(blocked).at("/my_chat_member/new_chat_member/status").asText()).isEqualTo("kicked");
	}

	// ------------------------------------------------------------------ commands and webhook

	@Test
	void setMyCommandsStoresTheCommandsPerScopeAndLanguage() throws Exception {
		this.client.execute(SetMyCommands.builder().command(new BotCommand("start", "Start")).build());
		this.client.execute(SetMyCommands.builder()
			.command(new BotCommand("start", "\u5f00\u59cb"))
			.command(new BotCommand("orders", "\u6211\u7684\u8ba2\u5355"))
			.languageCode("zh")
			.build());
		this.client.execute(SetMyCommands.builder().command(new BotCommand("queue", "Review queue"))
			.scope(new BotCommandScopeChat("777")).build());

		assertThat(this.client.execute(GetMyCommands.builder().languageCode("zh").build()))
			.extracting(BotCommand::getCommand).containsExactly("start", "orders");
		assertThat(this.api.commands(StandInBotApi.CommandsKey.defaultScope("")))
			.containsExactly(new StandInBotApi.RegisteredCommand("start", "Start"));
		assertThat(this.api.commands(StandInBotApi.CommandsKey.chat(777, ""))).extracting(StandInBotApi.RegisteredCommand::command)
			.containsExactly("queue");
		assertThat(this.api.commands()).hasSize(3);
		assertRefused(() -> this.client.execute(SetMyCommands.builder().command(new BotCommand("Start", "x")).build()), 400,
				"Bad Request: BOT_COMMAND_INVALID");

		this.client.execute(DeleteMyCommands.builder().languageCode("zh").build());
		assertThat(this.api.commands(StandInBotApi.CommandsKey.defaultScope("zh"))).isEmpty();
	}

	@Test
	void setWebhookIsSentAsMultipartAndBlocksGetUpdatesUntilDeleted() throws Exception {
		assertRefused(() -> this.client.execute(SetWebhook.builder().url("http://bot.example.test/hook").build()), 400,
				"Bad Request: bad webhook: An HTTPS URL must be provided for webhook");

		boolean set = this.client.execute(SetWebhook.builder()
			.url("https://bot.example.test/telegram/webhook")
			.secretToken("s3cr3t-Token_1")
			.build());

		assertThat(set).isTrue();
		assertThat(this.api.calls("setWebhook")).last().satisfies((call) -> {
			assertThat(call.contentType()).startsWith("multipart/form-data");
			assertThat(call.param("secret_token")).isEqualTo("s3cr3t-Token_1");
		});
		assertThat(this.api.webhook()).hasValueSatisfying((webhook) -> {
			assertThat(webhook.url()).isEqualTo("https://bot.example.test/telegram/webhook");
			assertThat(webhook.secretToken()).isEqualTo("s3cr3t-Token_1");
		});
		assertThat(this.client.execute(new GetWebhookInfo()).getUrl()).isEqualTo("https://bot.example.test/telegram/webhook");
		assertRefused(() -> this.client.execute(GetUpdates.builder().build()), 409,
				"Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");

		assertThat(this.client.execute(new DeleteWebhook())).isTrue();
		assertThat(this.api.webhook()).isEmpty();
		assertThat(this.client.execute(GetUpdates.builder().build())).isEmpty();
	}

	// ------------------------------------------------------------------ getUpdates

	@Test
	void aLongPollingBotReceivesInjectedUpdatesOnceAndARedeliveryAfterARestart() throws Exception {
		List<Update> received = new CopyOnWriteArrayList<>();
		List<Update> afterRestart = new CopyOnWriteArrayList<>();
		TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication();
		try {
			app.registerBot(TOKEN, () -> this.url, new DefaultGetUpdatesGenerator(), received::addAll);

			long first = this.api.injectText(ANN, "/start ref_abc123");
			await().atMost(Duration.ofSeconds(2)).until(() -> received.size() == 1);
			Message start = received.get(0).getMessage();
			assertThat(start.getText()).isEqualTo("/start ref_abc123");
			assertThat(start.isCommand()).isTrue();
			assertThat(start.getEntities()).singleElement().satisfies((command) -> {
				assertThat(command.getType()).isEqualTo("bot_command");
				assertThat(command.getLength()).isEqualTo(6);
			});
			assertThat(start.getChat().getId()).isEqualTo(CHAT);

			long second = this.api.injectText(ANN, "Acme Cloud LLC");
			await().atMost(Duration.ofSeconds(2)).until(() -> received.size() == 2);
			// the next poll confirms both: nothing stays pending, nothing arrives twice
			await().atMost(Duration.ofSeconds(2)).until(() -> this.api.pendingUpdateCount() == 0);
			assertThat(received).extracting(Update::getUpdateId).containsExactly((int) first, (int) second);

			// a restarted bot (new session, offset unknown) gets a duplicate delivery
			app.unregisterBot(TOKEN);
			app.registerBot(TOKEN, () -> this.url, new DefaultGetUpdatesGenerator(), afterRestart::addAll);
			// the old session's poll is ended with 409 once the new session polls, as Telegram does
			await().atMost(Duration.ofSeconds(2))
				.until(() -> this.api.calls("getUpdates").stream().anyMatch((call) -> call.httpStatus() == 409));
			this.api.redeliver(first);
			await().atMost(Duration.ofSeconds(2)).until(() -> !afterRestart.isEmpty());
			assertThat(afterRestart).extracting(Update::getUpdateId).containsExactly((int) first);
			assertThat(received).hasSize(2);
		}
		finally {
			app.close();
		}
	}

	@Test
	void getUpdatesLongPollReturnsAsSoonAsAnUpdateArrivesAndEmptyOnClose() throws Exception {
		CompletableFuture<ArrayList<Update>> poll = this.client.executeAsync(GetUpdates.builder().timeout(30).build());
		Thread.sleep(200);
		this.api.injectText(ANN, "hello");

		assertThat(poll.get(2, TimeUnit.SECONDS)).extracting((update) -> update.getMessage().getText()).containsExactly("hello");

		CompletableFuture<ArrayList<Update>> waiting = this.client.executeAsync(GetUpdates.builder()
			.offset(poll.get().get(0).getUpdateId() + 1).timeout(30).build());
		Thread.sleep(200);
		long start = System.nanoTime();
		this.api.close();

		assertThat(waiting.get(1, TimeUnit.SECONDS)).isEmpty();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
	}

	@Test
	void getUpdatesWithATimeoutAndNothingToDeliverAnswersAnEmptyListAfterTheTimeout() throws Exception {
		long start = System.nanoTime();

		assertThat(this.client.execute(GetUpdates.builder().timeout(1).build())).isEmpty();

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
	}

	@Test
	void injectedUpdatesHaveTheShapeTelegramBotsReads() throws Exception {
		Message menu = sendWithButton("menu:1");
		String help = "/help@" + StandInBotApi.BOT_USERNAME + " me";
		this.api.injectText(-42, ANN, help);
		this.api.injectDocument(ANN, "usage.pdf", "application/pdf", 123_456);
		this.api.injectPhoto(ANN, 80_000);
		this.api.injectSticker(ANN);
		this.api.injectContact(ANN, "+8613800138000");
		this.api.clickButton(ANN, CHAT, menu.getMessageId(), "Button");
		this.api.injectPreCheckoutQuery(ANN, "fee:1", "CNY", 500000);
		this.api.injectSuccessfulPayment(ANN, "fee:1", "CNY", 500000);
		this.api.injectBotBlocked(ANN);

		List<Update> updates = this.client.execute(GetUpdates.builder().build());

		assertThat(updates).extracting(Update::getUpdateId).isSorted().doesNotHaveDuplicates().hasSize(9);
		Message group = updates.get(0).getMessage();
		assertThat(group.getChat().getType()).isEqualTo("group");
		assertThat(group.getFrom().getFirstName()).isEqualTo("Ann");
		assertThat(group.getEntities()).singleElement().satisfies((command) -> assertThat(command.getLength()).isEqualTo(help.length() - 3));
		assertThat(updates.get(1).getMessage().getDocument().getFileName()).isEqualTo("usage.pdf");
		assertThat(updates.get(1).getMessage().getDocument().getFileSize()).isEqualTo(123_456L);
		assertThat(updates.get(2).getMessage().getPhoto()).hasSize(3).last()
			.satisfies((largest) -> assertThat(largest.getFileSize()).isEqualTo(80_000));
		assertThat(updates.get(3).getMessage().hasSticker()).isTrue();
		assertThat(updates.get(4).getMessage().getContact().getUserId()).isEqualTo(CHAT);
		assertThat(updates.get(5).getCallbackQuery()).satisfies((query) -> {
			assertThat(query.getData()).isEqualTo("menu:1");
			assertThat(query.getMessage().getMessageId()).isEqualTo(menu.getMessageId());
			assertThat(query.getChatInstance()).isNotBlank();
		});
		assertThat(updates.get(6).getPreCheckoutQuery().getTotalAmount()).isEqualTo(500000);
		assertThat(updates.get(7).getMessage().getSuccessfulPayment().getInvoicePayload()).isEqualTo("fee:1");
		assertThat(updates.get(8).getMyChatMember().getNewChatMember().getStatus()).isEqualTo("kicked");
		// the user's messages and the bot's share one message id sequence per chat
		assertThat(updates.get(1).getMessage().getMessageId()).isGreaterThan(menu.getMessageId());
	}

	@Test
	void sendDocumentUploadsAFileAsMultipart() throws Exception {
		byte[] report = "order report".getBytes(StandardCharsets.UTF_8);

		Message sent = this.client.execute(SendDocument.builder()
			.chatId(CHAT)
			.document(new InputFile(new ByteArrayInputStream(report), "report.txt"))
			.caption("<b>Report</b>")
			.parseMode("HTML")
			.build());

		assertThat(sent.getDocument().getFileName()).isEqualTo("report.txt");
		assertThat(sent.getDocument().getFileSize()).isEqualTo(report.length);
		assertThat(sent.getCaption()).isEqualTo("Report");
		assertThat(this.api.lastMessage(CHAT)).satisfies((message) -> {
			assertThat(message.kind()).isEqualTo("document");
			assertThat(message.text()).isEqualTo("Report");
		});
		assertThat(this.api.calls("sendDocument")).singleElement()
			.satisfies((call) -> assertThat(call.contentType()).startsWith("multipart/form-data"));
	}

	// ------------------------------------------------------------------ payments, files, chat actions

	@Test
	void invoicesAndPreCheckoutQueries() throws Exception {
		Message invoice = this.client.execute(SendInvoice.builder()
			.chatId(CHAT)
			.title("Certification fee")
			.description("One-time seller certification")
			.payload("fee:seller-1")
			.providerToken("")
			.currency("CNY")
			.price(new LabeledPrice("Fee", 500000))
			.build());
		assertThat(invoice.getInvoice().getTotalAmount()).isEqualTo(500000);
		assertThat(this.api.lastMessage(CHAT).kind()).isEqualTo("invoice");

		long updateId = this.api.injectPreCheckoutQuery(ANN, "fee:seller-1", "CNY", 500000);
		String queryId = this.api.injectedUpdate(updateId).at("/pre_checkout_query/id").asText();
		AnswerPreCheckoutQuery answer = AnswerPreCheckoutQuery.builder().preCheckoutQueryId(queryId).ok(true).build();

		assertThat(this.client.execute(answer)).isTrue();
		assertRefused(() -> this.client.execute(answer), 400, "Bad Request: " + BotApiMethods.QUERY_INVALID);
		assertThat(this.api.preCheckoutAnswers()).singleElement().satisfies((recorded) -> assertThat(recorded.ok()).isTrue());
	}

	@Test
	void getFileKnowsTheFilesUsersSentAndServesTheirContent() throws Exception {
		long updateId = this.api.injectDocument(ANN, "license.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8));
		String fileId = this.api.injectedUpdate(updateId).at("/message/document/file_id").asText();

		File file = this.client.execute(GetFile.builder().fileId(fileId).build());
		HttpResponse<byte[]> download = this.http.send(HttpRequest
			.newBuilder(URI.create(this.api.baseUrl() + "/file/bot" + TOKEN + "/" + file.getFilePath())).build(),
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(file.getFileSize()).isEqualTo(8L);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(new String(download.body(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.7");
		assertRefused(() -> this.client.execute(GetFile.builder().fileId("nope").build()), 400, "Bad Request: invalid file_id");
	}

	@Test
	void sendChatActionAcceptsOnlyKnownActions() throws Exception {
		assertThat(this.client.execute(SendChatAction.builder().chatId(CHAT).action("typing").build())).isTrue();
		assertRefused(() -> this.client.execute(SendChatAction.builder().chatId(CHAT).action("dancing").build()), 400,
				"Bad Request: wrong parameter action in request");
	}

	// ------------------------------------------------------------------ protocol (raw HTTP)

	@Test
	void wrongTokenAndUnknownMethodAnswerLikeTelegram() throws Exception {
		HttpResponse<String> wrongToken = post("/bot999:WRONG/sendMessage", "application/json", "{}");
		HttpResponse<String> unknown = post("/bot" + TOKEN + "/sendTelepathy", "application/json", "{}");

		assertThat(wrongToken.statusCode()).isEqualTo(401);
		assertThat(wrongToken.body()).isEqualTo("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).isEqualTo("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found: method not found\"}");
	}

	@Test
	void requiredAndMistypedParametersAreRefusedAgainstTheSpec() throws Exception {
		assertThat(post("/bot" + TOKEN + "/sendMessage", "application/json", "{\"text\":\"x\"}").body())
			.isEqualTo("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat_id is empty\"}");
		assertThat(post("/bot" + TOKEN + "/sendMessage", "application/json", "{\"chat_id\":1}").body())
			.contains("Bad Request: message text is empty");
		HttpResponse<String> mistyped = post("/bot" + TOKEN + "/sendMessage", "application/json",
				"{\"chat_id\":1,\"text\":\"x\",\"message_thread_id\":{\"id\":3}}");
		assertThat(mistyped.statusCode()).isEqualTo(400);
		assertThat(mistyped.body()).contains("message_thread_id").contains("Integer");
	}

	@Test
	void formBodiesAndQueryStringsWorkWithReplyMarkupAsJsonText() throws Exception {
		String markup = "{\"inline_keyboard\":[[{\"text\":\"Yes\",\"callback_data\":\"y\"}]]}";
		HttpResponse<String> form = post("/bot" + TOKEN + "/SENDMESSAGE", "application/x-www-form-urlencoded",
				"chat_id=" + CHAT + "&text=" + java.net.URLEncoder.encode("Sure?", StandardCharsets.UTF_8) + "&reply_markup="
						+ java.net.URLEncoder.encode(markup, StandardCharsets.UTF_8));
		HttpResponse<String> get = this.http.send(HttpRequest
			.newBuilder(URI.create(this.api.baseUrl() + "/bot" + TOKEN + "/sendMessage?chat_id=" + CHAT + "&text=via%20GET")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(get.statusCode()).isEqualTo(200);
		assertThat(this.api.messages(CHAT)).extracting(SentMessage::text).containsExactly("Sure?", "via GET");
		assertThat(this.api.messages(CHAT).get(0).callbackData("Yes")).isEqualTo("y");
		assertThat(this.api.calls("sendMessage").get(0).params().get("reply_markup").isObject()).isTrue();
	}

	@Test
	void awaitMessageWaitsForEditsAndFailsWithWhatTheChatHas() throws Exception {
		Message sent = sendWithButton("go");
		CompletableFuture.runAsync(() -> {
			try {
				Thread.sleep(100);
				this.client.execute(edit(sent, "Done").build());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});

		SentMessage done = this.api.awaitText(CHAT, "Done");

		assertThat(done.messageId()).isEqualTo(sent.getMessageId());
		assertThat(done.edited()).isTrue();
		assertThatThrownBy(() -> this.api.awaitMessage(CHAT, (message) -> message.text().contains("Bye"), Duration.ofMillis(100)))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("No message of the bot in chat 1001 matched")
			.hasMessageContaining("\"Done\"");
	}

	@Test
	void resetForgetsEverythingButKeepsIdsGrowing() throws Exception {
		Message before = send("one", null);
		long updateBefore = this.api.injectText(ANN, "hi");

		this.api.reset();
		Message after = send("two", null);

		assertThat(this.api.messages(CHAT)).extracting(SentMessage::text).containsExactly("two");
		assertThat(this.api.calls()).hasSize(1);
		assertThat(after.getMessageId()).isGreaterThan(before.getMessageId());
		assertThat(this.api.injectText(ANN, "again")).isGreaterThan(updateBefore);
	}

	// ------------------------------------------------------------------ helpers

	private Message send(String text, String parseMode) throws Exception {
		return this.client.execute(message(text).parseMode(parseMode).build());
	}

	private Message sendWithButton(String callbackData) throws Exception {
		return this.client.execute(message("Choose").replyMarkup(keyboard(button(callbackData))).build());
	}

	private static SendMessage.SendMessageBuilder<?, ?> message(String text) {
		return SendMessage.builder().chatId(CHAT).text(text);
	}

	private static EditMessageText.EditMessageTextBuilder<?, ?> edit(Message message, String text) {
		return EditMessageText.builder().chatId(CHAT).messageId(message.getMessageId()).text(text);
	}

	private static InlineKeyboardButton button(String callbackData) {
		return InlineKeyboardButton.builder().text("Button").callbackData(callbackData).build();
	}

	private static InlineKeyboardMarkup keyboard(InlineKeyboardButton... buttons) {
		return InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(buttons)).build();
	}

	private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.api.baseUrl() + path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void assertRefused(ThrowingCallable call, int errorCode, String description) {
		assertThatThrownBy(call).isInstanceOfSatisfying(TelegramApiRequestException.class, (refused) -> {
			assertThat(refused.getErrorCode()).isEqualTo(errorCode);
			assertThat(refused.getApiResponse()).isEqualTo(description);
		});
	}

}
