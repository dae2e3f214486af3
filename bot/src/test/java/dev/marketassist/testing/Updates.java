package dev.marketassist.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builders of Bot API objects in the shape real updates have (see {@code /work/shared/telegram-bot-api/samples}).
 * {@link StandInBotApi}'s {@code inject*} methods use them; use them directly to compose an update for
 * {@link StandInBotApi#injectRaw(String)}. Every builder returns a new, mutable node.
 */
public final class Updates {

	private Updates() {
	}

	/** A {@code User} object of a human user. */
	public static ObjectNode user(TgUser user) {
		ObjectNode json = Json.object();
		json.put("id", user.id());
		json.put("is_bot", false);
		json.put("first_name", user.firstName());
		if (user.languageCode() != null) {
			json.put("language_code", user.languageCode());
		}
		return json;
	}

	/** The {@code Chat} object of a user's private chat with the bot. */
	public static ObjectNode privateChat(TgUser user) {
		ObjectNode json = Json.object();
		json.put("id", user.id());
		json.put("first_name", user.firstName());
		json.put("type", "private");
		return json;
	}

	/**
	 * The {@code Chat} object of a group: {@code "supergroup"} for ids of the {@code -100…} form
	 * (at most -1000000000000), {@code "group"} otherwise.
	 */
	public static ObjectNode groupChat(long chatId, String title) {
		if (chatId >= 0) {
			throw new IllegalArgumentException("Group chat ids are negative, got " + chatId);
		}
		ObjectNode json = Json.object();
		json.put("id", chatId);
		json.put("title", title);
		json.put("type", (chatId <= -1_000_000_000_000L) ? "supergroup" : "group");
		return json;
	}

	/** A {@code Message} skeleton: {@code message_id}, {@code from}, {@code chat}, {@code date}. */
	public static ObjectNode message(int messageId, TgUser from, JsonNode chat, long date) {
		ObjectNode json = Json.object();
		json.put("message_id", messageId);
		json.set("from", user(from));
		json.set("chat", chat.deepCopy());
		json.put("date", date);
		return json;
	}

	/**
	 * A text {@code Message}. Text starting with {@code /} gets a {@code bot_command} entity over the command
	 * (up to the first white space, so {@code "/start payload"} covers {@code "/start"}), as Telegram adds.
	 */
	public static ObjectNode textMessage(int messageId, TgUser from, JsonNode chat, long date, String text) {
		ObjectNode json = message(messageId, from, chat, date);
		json.put("text", text);
		if (text.startsWith("/") && text.length() > 1) {
			int end = 1;
			while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
				end++;
			}
			ArrayNode entities = json.putArray("entities");
			entities.addObject().put("offset", 0).put("length", end).put("type", "bot_command");
		}
		return json;
	}

	/** A {@code Document} object. */
	public static ObjectNode document(String fileId, String fileUniqueId, String fileName, String mimeType, long size) {
		ObjectNode json = Json.object();
		json.put("file_name", fileName);
		json.put("mime_type", mimeType);
		json.put("file_id", fileId);
		json.put("file_unique_id", fileUniqueId);
		json.put("file_size", size);
		return json;
	}

	/** A {@code PhotoSize} object. */
	public static ObjectNode photoSize(String fileId, String fileUniqueId, int width, int height, long size) {
		ObjectNode json = Json.object();
		json.put("file_id", fileId);
		json.put("file_unique_id", fileUniqueId);
		json.put("file_size", size);
		json.put("width", width);
		json.put("height", height);
		return json;
	}

	/** A regular static {@code Sticker} object. */
	public static ObjectNode sticker(String fileId, String fileUniqueId) {
		ObjectNode json = Json.object();
		json.put("width", 512);
		json.put("height", 512);
		json.put("emoji", "\uD83D\uDC4D");
		json.put("set_name", "StandInStickers");
		json.put("is_animated", false);
		json.put("is_video", false);
		json.put("type", "regular");
		json.put("file_id", fileId);
		json.put("file_unique_id", fileUniqueId);
		json.put("file_size", 18_000);
		return json;
	}

	/** A {@code Contact} the user shares: their own when {@code userId} is theirs. */
	public static ObjectNode contact(String phoneNumber, String firstName, Long userId) {
		ObjectNode json = Json.object();
		json.put("phone_number", phoneNumber);
		json.put("first_name", firstName);
		if (userId != null) {
			json.put("user_id", userId);
		}
		return json;
	}

	/** A {@code CallbackQuery} for a button of {@code message}. */
	public static ObjectNode callbackQuery(String id, TgUser from, JsonNode message, String chatInstance, String data) {
		ObjectNode json = Json.object();
		json.put("id", id);
		json.set("from", user(from));
		json.set("message", message.deepCopy());
		json.put("chat_instance", chatInstance);
		json.put("data", data);
		return json;
	}

	/** A {@code PreCheckoutQuery}. */
	public static ObjectNode preCheckoutQuery(String id, TgUser from, String currency, int totalAmount, String payload) {
		ObjectNode json = Json.object();
		json.put("id", id);
		json.set("from", user(from));
		json.put("currency", currency);
		json.put("total_amount", totalAmount);
		json.put("invoice_payload", payload);
		return json;
	}

	/** A {@code SuccessfulPayment}. */
	public static ObjectNode successfulPayment(String currency, int totalAmount, String payload, String telegramChargeId,
			String providerChargeId) {
		ObjectNode json = Json.object();
		json.put("currency", currency);
		json.put("total_amount", totalAmount);
		json.put("invoice_payload", payload);
		json.put("telegram_payment_charge_id", telegramChargeId);
		json.put("provider_payment_charge_id", providerChargeId);
		return json;
	}

	/** A {@code ChatMemberUpdated} for the bot in a private chat ({@code member} ↔ {@code kicked}). */
	public static ObjectNode myChatMember(TgUser from, JsonNode botUser, String oldStatus, String newStatus, long date) {
		ObjectNode json = Json.object();
		json.set("chat", privateChat(from));
		json.set("from", user(from));
		json.put("date", date);
		ObjectNode oldMember = json.putObject("old_chat_member");
		oldMember.set("user", botUser.deepCopy());
		oldMember.put("status", oldStatus);
		ObjectNode newMember = json.putObject("new_chat_member");
		newMember.set("user", botUser.deepCopy());
		newMember.put("status", newStatus);
		if ("kicked".equals(newStatus)) {
			newMember.put("until_date", 0);
		}
		return json;
	}

	/** An update without {@code update_id} (the stand-in assigns it) holding {@code payload} under {@code type}. */
	public static ObjectNode update(String type, JsonNode payload) {
		ObjectNode json = Json.object();
		json.set(type, payload);
		return json;
	}

}
