package dev.marketassist.bot.telegram;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * A sendMessage whose answer is read for the one thing the delivery uses of it, the new message's
 * id: Telegram answers with the whole message (chat, sender, entities, the keyboard again), and
 * mapping all of it was a twentieth of the bot's CPU per update (docs/performance.md). The request
 * is the same as SendMessage's. An answer that is not a success with a message id (an error, with
 * its code and retry_after) is read in full by TelegramBots, exactly as before.
 */
final class IdOnlySendMessage extends SendMessage {

	private static final JsonFactory JSON = new JsonFactory();

	IdOnlySendMessage(SendMessageBuilder<?, ?> message) {
		super(message);
	}

	/** @return a message with only its id set */
	@Override
	public Message deserializeResponse(String answer) throws TelegramApiRequestException {
		Integer id = messageId(answer);
		if (id == null) {
			return super.deserializeResponse(answer);
		}
		Message message = new Message();
		message.setMessageId(id);
		return message;
	}

	/** The {@code result.message_id} of an {@code "ok": true} answer; {@code null} for any other answer. */
	static Integer messageId(String answer) {
		try (JsonParser json = JSON.createParser(answer)) {
			if (json.nextToken() != JsonToken.START_OBJECT) {
				return null;
			}
			boolean ok = false;
			Integer id = null;
			while (json.nextToken() == JsonToken.FIELD_NAME) {
				String name = json.currentName();
				JsonToken value = json.nextToken();
				if ("ok".equals(name)) {
					ok = value == JsonToken.VALUE_TRUE;
				}
				else if ("result".equals(name) && value == JsonToken.START_OBJECT) {
					id = messageIdOf(json);
				}
				else {
					json.skipChildren();
				}
			}
			return ok ? id : null;
		}
		catch (IOException | RuntimeException ex) {
			return null; // not JSON as expected: TelegramBots reads it and says what is wrong
		}
	}

	private static Integer messageIdOf(JsonParser message) throws IOException {
		Integer id = null;
		while (message.nextToken() == JsonToken.FIELD_NAME) {
			String name = message.currentName();
			JsonToken value = message.nextToken();
			if ("message_id".equals(name) && value == JsonToken.VALUE_NUMBER_INT) {
				id = message.getIntValue();
			}
			else {
				message.skipChildren();
			}
		}
		return id;
	}

}
