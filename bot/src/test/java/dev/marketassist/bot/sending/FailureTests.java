package dev.marketassist.bot.sending;

import java.io.IOException;
import java.net.SocketTimeoutException;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

import static org.assertj.core.api.Assertions.assertThat;

class FailureTests {

	@Test
	void readsAFloodWait() {
		Failure failure = Failure.of(FakeTelegram.apiError(429, "Too Many Requests: retry after 7", 7));
		assertThat(failure.kind()).isEqualTo(Failure.Kind.FLOOD);
		assertThat(failure.retryAfterSeconds()).isEqualTo(7);
	}

	@Test
	void retriesServerErrorsAndNetworkFailuresOnly() {
		assertThat(Failure.of(FakeTelegram.apiError(502, "Bad Gateway", null)).kind()).isEqualTo(Failure.Kind.SERVER);
		assertThat(Failure.of(new TelegramApiException("Unable to execute sendmessage method",
				new IOException("x", new SocketTimeoutException()))).kind())
			.isEqualTo(Failure.Kind.IO);
		assertThat(Failure.of(new TelegramApiRequestException("no answer")).kind()).isEqualTo(Failure.Kind.IO);
		assertThat(Failure.of(FakeTelegram.apiError(404, "Not Found", null)).kind()).isEqualTo(Failure.Kind.REFUSED);
		assertThat(Failure.of(new TelegramApiException("Telegram api returned empty response")).kind())
			.isEqualTo(Failure.Kind.REFUSED);
	}

	@Test
	void keepsTheMessageOutOfAValidationFailure() {
		SendMessage secret = SendMessage.builder().chatId(1L).text("secret").build();
		Failure failure = Failure.of(new TelegramApiValidationException("Text parameter can't be empty", secret));
		DeliveryFailed error = failure.toException("sendmessage", true);
		assertThat(failure.kind()).isEqualTo(Failure.Kind.REFUSED);
		assertThat(error.getCause()).isNull();
		assertThat(error.getMessage()).doesNotContain("secret").contains("Text parameter can't be empty");
	}

	@Test
	void tagsFailuresByCode() {
		assertThat(Failure.of(FakeTelegram.apiError(403, "Forbidden", null)).codeTag()).isEqualTo("403");
		assertThat(Failure.of(new TelegramApiRequestException("no answer")).codeTag()).isEqualTo("io");
		assertThat(Failure.of(new TelegramApiException("odd")).codeTag()).isEqualTo("local");
	}

	@Test
	void settingsFallBackToDefaults() {
		SendingSettings defaults = SendingSettings.defaults();
		assertThat(defaults).isEqualTo(new SendingSettings(1, 3, 20, 29, 2, java.time.Duration.ofMillis(500),
				java.time.Duration.ofSeconds(30), 6, 64, java.time.Duration.ofSeconds(30)));
		assertThat(new SendingSettings(5, 0, 0, 0, 0, null, null, 0).perChatPerSecond()).isEqualTo(5);
	}

}
