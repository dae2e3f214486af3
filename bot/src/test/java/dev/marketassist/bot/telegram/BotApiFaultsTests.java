package dev.marketassist.bot.telegram;

import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import dev.marketassist.bot.sending.DeliveryFailed;
import dev.marketassist.bot.sending.Priority;
import dev.marketassist.bot.sending.RateLimitedTelegramSender;
import dev.marketassist.bot.sending.SendingSettings;
import dev.marketassist.testing.ApiCall;
import dev.marketassist.testing.StandInBotApi;
import dev.marketassist.testing.TgUser;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerPreCheckoutQuery;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: every failed Bot API call is retried or reported. Through the real HTTP client and the
 * stand-in, each method the bot uses first gets a 502 and then a call that hangs after the answer's
 * headers (the case TelegramBots' OkHttp callback never completed, so the call was neither retried
 * nor reported), and must still be delivered; with the attempts used up, it must be reported.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BotApiFaultsTests {

	private static final String TOKEN = "123456:FAULTS-token";

	private static final TgUser USER = new TgUser(700_000_001L, "Fay", "en");

	private static final long CHAT = USER.chatId();

	private StandInBotApi telegram;

	private RateLimitedTelegramSender sender;

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	@BeforeEach
	void start() {
		this.telegram = StandInBotApi.start(TOKEN);
		URI uri = URI.create(this.telegram.baseUrl());
		OkHttpTelegramClient client = new OkHttpTelegramClient(BotApiHttpClient.create(), TOKEN,
				new TelegramUrl(uri.getScheme(), uri.getHost(), uri.getPort(), false));
		// 4 attempts, quick backoff, and an answer expected within a second
		this.sender = new RateLimitedTelegramSender(client, new SendingSettings(1000, 1000, 1000, 1000, 2,
				Duration.ofMillis(20), Duration.ofMillis(100), 4, 0, Duration.ofSeconds(1)), this.meters);
	}

	@AfterEach
	void stop() {
		this.sender.close();
		this.telegram.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sendMessage", "editMessageText", "editMessageReplyMarkup", "answerCallbackQuery",
			"sendDocument", "sendInvoice", "answerPreCheckoutQuery", "setMyCommands" })
	void aCallThatFailsAndThenHangsIsRetriedAndDelivered(String method) throws Exception {
		Function<Integer, CompletableFuture<? extends Serializable>> call = prepare(method);
		this.telegram.failNext(method, 1, 502, "Bad Gateway");
		this.telegram.hangNext(method, 1);

		Serializable result = call.apply(0).get(30, TimeUnit.SECONDS);

		assertThat(result).isNotNull();
		List<ApiCall> calls = this.telegram.calls(method);
		assertThat(calls).extracting(ApiCall::httpStatus).containsExactly(502, 0, 200);
		assertThat(counter("market.telegram.retries", "reason", "server")).isEqualTo(1.0);
		assertThat(counter("market.telegram.retries", "reason", "io")).isEqualTo(1.0);
	}

	@Test
	void aCallThatKeepsFailingIsReportedAfterItsAttempts() throws Exception {
		this.telegram.failNext("sendMessage", 2, 500, "Internal Server Error");
		this.telegram.hangNext("sendMessage", 2);
		CompletableFuture<Message> doomed = this.sender.send(CHAT, text("lost"), Priority.REPLY);

		Throwable error = doomed.handle((ok, ex) -> ex).get(30, TimeUnit.SECONDS);

		assertThat(error).isInstanceOfSatisfying(DeliveryFailed.class, (failed) -> {
			assertThat(failed.permanent()).isFalse();
			assertThat(failed.errorCode()).isZero(); // the last attempt had no answer
		});
		assertThat(this.telegram.calls("sendMessage")).hasSize(4);
		assertThat(counter("market.telegram.failures", "code", "io")).isEqualTo(1.0);
		// the chat is free again
		assertThat(this.sender.send(CHAT, text("next"), Priority.REPLY).get(10, TimeUnit.SECONDS).getText())
			.isEqualTo("next");
	}

	/** Sets up what the method needs (a message to edit, an open query) and returns the call to make. */
	private Function<Integer, CompletableFuture<? extends Serializable>> prepare(String method) throws Exception {
		switch (method.toLowerCase(Locale.ROOT)) {
			case "sendmessage" -> {
				return (i) -> this.sender.send(CHAT, text("hello"), Priority.REPLY);
			}
			case "editmessagetext" -> {
				int id = sent(true);
				return (i) -> this.sender.send(CHAT, EditMessageText.builder().chatId(CHAT).messageId(id).text("changed")
					.build(), Priority.REPLY);
			}
			case "editmessagereplymarkup" -> {
				int id = sent(true);
				return (i) -> this.sender.send(CHAT, EditMessageReplyMarkup.builder().chatId(CHAT).messageId(id).build());
			}
			case "answercallbackquery" -> {
				int id = sent(true);
				long update = this.telegram.injectCallback(USER, CHAT, id, "pick:1");
				String query = this.telegram.injectedUpdate(update).path("callback_query").path("id").asText();
				return (i) -> this.sender.sendNow(AnswerCallbackQuery.builder().callbackQueryId(query).build());
			}
			case "senddocument" -> {
				Path file = Files.createTempFile("faults-", ".pdf");
				Files.write(file, new byte[] { '%', 'P', 'D', 'F' });
				file.toFile().deleteOnExit();
				return (i) -> this.sender.send(CHAT, SendDocument.builder().chatId(CHAT)
					.document(new InputFile(file.toFile(), "guide.pdf")).caption("guide").build(), Priority.REPLY);
			}
			case "sendinvoice" -> {
				return (i) -> this.sender.send(CHAT, InvoiceRequests.of(CHAT,
						new dev.marketassist.dialogs.Invoice("Certification fee", "Seller certification", "fee:1", "CNY",
								500_000),
						"provider-token"), Priority.REPLY);
			}
			case "answerprecheckoutquery" -> {
				long update = this.telegram.injectPreCheckoutQuery(USER, "fee:1", "CNY", 500_000);
				String query = this.telegram.injectedUpdate(update).path("pre_checkout_query").path("id").asText();
				return (i) -> this.sender.sendNow(AnswerPreCheckoutQuery.builder().preCheckoutQueryId(query).ok(true).build());
			}
			case "setmycommands" -> {
				return (i) -> this.sender.sendNow(SetMyCommands.builder()
					.commands(List.of(new BotCommand("start", "Start"))).build());
			}
			default -> throw new IllegalArgumentException(method);
		}
	}

	private int sent(boolean withButton) throws Exception {
		SendMessage.SendMessageBuilder<?, ?> message = SendMessage.builder().chatId(CHAT).text("Choose");
		if (withButton) {
			InlineKeyboardRow row = new InlineKeyboardRow();
			row.add(InlineKeyboardButton.builder().text("One").callbackData("pick:1").build());
			message.replyMarkup(InlineKeyboardMarkup.builder().keyboard(List.of(row)).build());
		}
		return this.sender.send(CHAT, message.build(), Priority.REPLY).get(10, TimeUnit.SECONDS).getMessageId();
	}

	private static SendMessage text(String text) {
		return SendMessage.builder().chatId(CHAT).text(text).build();
	}

	private double counter(String name, String... tags) {
		var counter = this.meters.find(name).tags(tags).counter();
		return (counter != null) ? counter.count() : 0;
	}

}
