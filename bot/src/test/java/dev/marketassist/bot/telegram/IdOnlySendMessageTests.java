package dev.marketassist.bot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A sent message's answer is read for its id only; an error is read in full, as TelegramBots reads it. */
class IdOnlySendMessageTests {

	/** Telegram's answer to a sendMessage with a keyboard: the message comes back whole. */
	static final String SENT = """
			{"ok":true,"result":{"chat":{"id":42,"type":"private","first_name":"Li"},"date":1765100000,
			"from":{"id":7,"is_bot":true,"first_name":"Market"},"text":"What is the company name?",
			"entities":[{"type":"bold","offset":0,"length":4}],
			"reply_markup":{"inline_keyboard":[[{"text":"« Back","callback_data":"b:1:x"}]]},"message_id":1234}}""";

	final IdOnlySendMessage message = new IdOnlySendMessage(SendMessage.builder().chatId(42L).text("What is the company name?"));

	@Test
	void theAnswerIsReadForTheMessageIdWhereverItStands() throws Exception {
		assertThat(message.deserializeResponse(SENT).getMessageId()).isEqualTo(1234);
		assertThat(message.deserializeResponse("{\"result\":{\"message_id\":5},\"ok\":true}").getMessageId()).isEqualTo(5);
	}

	@Test
	void itIsTheIdTelegramBotsWouldHaveRead() throws Exception {
		Message full = SendMessage.builder().chatId(42L).text("x").build().deserializeResponse(SENT);

		assertThat(message.deserializeResponse(SENT).getMessageId()).isEqualTo(full.getMessageId());
	}

	@Test
	void anErrorIsReadInFullWithItsCodeAndRetryAfter() {
		String flood = """
				{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}""";

		assertThatThrownBy(() -> message.deserializeResponse(flood)).isInstanceOfSatisfying(TelegramApiRequestException.class,
				(error) -> {
					assertThat(error.getErrorCode()).isEqualTo(429);
					assertThat(error.getParameters().getRetryAfter()).isEqualTo(7);
				});
	}

	@Test
	void anAnswerOfAnotherShapeIsLeftToTelegramBots() {
		assertThat(IdOnlySendMessage.messageId("{\"ok\":true,\"result\":true}")).isNull();
		assertThat(IdOnlySendMessage.messageId("{\"ok\":true,\"result\":{\"message_id\":\"1\"}}")).isNull();
		assertThat(IdOnlySendMessage.messageId("{\"ok\":false,\"result\":{\"message_id\":1}}")).isNull();
		assertThat(IdOnlySendMessage.messageId("<html>Bad Gateway</html>")).isNull();
		assertThat(IdOnlySendMessage.messageId("{\"ok\":true,\"result\":{\"message_id\":")).isNull();
		assertThatThrownBy(() -> message.deserializeResponse("<html>Bad Gateway</html>"))
			.isInstanceOf(TelegramApiRequestException.class);
	}

	@Test
	void theRequestIsTheSameAsSendMessages() throws Exception {
		ObjectMapper json = new ObjectMapper();
		SendMessage plain = SendMessage.builder().chatId(42L).text("Hi").parseMode("HTML").build();
		IdOnlySendMessage lean = new IdOnlySendMessage(SendMessage.builder().chatId(42L).text("Hi").parseMode("HTML"));

		assertThat(json.writeValueAsString(lean)).isEqualTo(json.writeValueAsString(plain));
		assertThat(lean.getMethod()).isEqualTo("sendmessage");
	}

}
