package dev.marketassist.testing;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Validates {@code reply_markup} as Telegram does and reads inline keyboards back as
 * {@link SentMessage.Button}s.
 */
final class ReplyMarkups {

	private static final Set<String> INLINE_ACTIONS = Set.of("url", "callback_data", "web_app", "login_url",
			"switch_inline_query", "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "copy_text",
			"callback_game", "pay");

	private static final String NOT_AN_ARRAY_OF_ARRAYS = "field \"inline_keyboard\" of the InlineKeyboardMarkup"
			+ " should be an Array of Arrays";

	private ReplyMarkups() {
	}

	/**
	 * Checks a {@code reply_markup} value.
	 * @param markup the parameter (already parsed from JSON text), or {@code null}
	 * @param inlineOnly whether only an {@code InlineKeyboardMarkup} is allowed (edit methods, sendInvoice)
	 * @return the markup, or {@code null} when there is none or it is an empty inline keyboard (which
	 * Telegram treats as no keyboard)
	 * @throws BotApiException 400 as Telegram would answer
	 */
	static JsonNode validate(JsonNode markup, boolean inlineOnly) {
		if (Json.absent(markup)) {
			return null;
		}
		if (!markup.isObject()) {
			throw BotApiException.badRequest("can't parse reply keyboard markup JSON object");
		}
		markup = withoutNulls(markup);
		if (markup.has("inline_keyboard")) {
			return validateInline(markup);
		}
		if (inlineOnly) {
			throw BotApiException.badRequest("can't parse inline keyboard markup JSON object");
		}
		if (markup.has("keyboard")) {
			validateReplyKeyboard(markup.get("keyboard"));
			return markup;
		}
		if (markup.path("remove_keyboard").asBoolean(false) || markup.path("force_reply").asBoolean(false)) {
			return markup;
		}
		throw BotApiException.badRequest("can't parse reply keyboard markup JSON object");
	}

	private static JsonNode validateInline(JsonNode markup) {
		JsonNode rows = markup.get("inline_keyboard");
		if (!rows.isArray()) {
			throw BotApiException.badRequest(NOT_AN_ARRAY_OF_ARRAYS);
		}
		int count = 0;
		for (JsonNode row : rows) {
			if (!row.isArray()) {
				throw BotApiException.badRequest(NOT_AN_ARRAY_OF_ARRAYS);
			}
			for (JsonNode button : row) {
				validateInlineButton(button);
				count++;
			}
		}
		return (count == 0) ? null : markup;
	}

	private static void validateInlineButton(JsonNode button) {
		if (!button.isObject()) {
			throw buttonError("InlineKeyboardButton must be an Object");
		}
		JsonNode text = button.get("text");
		if (Json.absent(text)) {
			throw buttonError("Can't find field \"text\"");
		}
		if (!text.isTextual()) {
			throw buttonError("Field \"text\" must be of type String");
		}
		if (text.asText().isBlank()) {
			throw buttonError("Text must be non-empty");
		}
		boolean hasAction = false;
		for (String action : INLINE_ACTIONS) {
			if (!Json.absent(button.get(action))) {
				hasAction = true;
			}
		}
		if (!hasAction) {
			throw buttonError("Text buttons are unallowed in the inline keyboard");
		}
		JsonNode data = button.get("callback_data");
		if (!Json.absent(data)) {
			if (!data.isTextual()) {
				throw buttonError("Field \"callback_data\" must be of type String");
			}
			int bytes = data.asText().getBytes(StandardCharsets.UTF_8).length;
			if (bytes < 1 || bytes > 64) {
				throw BotApiException.badRequest("BUTTON_DATA_INVALID");
			}
		}
		JsonNode url = button.get("url");
		if (!Json.absent(url)) {
			if (!url.isTextual()) {
				throw buttonError("Field \"url\" must be of type String");
			}
			if (!isValidUrl(url.asText())) {
				throw BotApiException.badRequest("inline keyboard button URL '" + url.asText() + "' is invalid: Wrong HTTP URL");
			}
		}
	}

	private static void validateReplyKeyboard(JsonNode rows) {
		if (!rows.isArray()) {
			throw BotApiException.badRequest("field \"keyboard\" of the ReplyKeyboardMarkup should be an Array of Arrays");
		}
		for (JsonNode row : rows) {
			if (!row.isArray()) {
				throw BotApiException.badRequest("field \"keyboard\" of the ReplyKeyboardMarkup should be an Array of Arrays");
			}
			for (JsonNode button : row) {
				JsonNode text = button.isObject() ? button.get("text") : button;
				if (Json.absent(text) || !text.isTextual() || text.asText().isBlank()) {
					throw BotApiException.badRequest("can't parse keyboard button: Text must be non-empty");
				}
			}
		}
	}

	/** http, https and tg URLs with a host (http/https), as Telegram accepts for url buttons. */
	static boolean isValidUrl(String url) {
		try {
			URI uri = new URI(url);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : null;
			if ("tg".equals(scheme)) {
				return true;
			}
			if (!"http".equals(scheme) && !"https".equals(scheme)) {
				return false;
			}
			return uri.getHost() != null && !uri.getHost().isEmpty();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/** The inline keyboard of a markup as rows of buttons; empty when there is none. */
	static List<List<SentMessage.Button>> inlineKeyboard(JsonNode markup) {
		List<List<SentMessage.Button>> rows = new ArrayList<>();
		if (markup == null || !markup.has("inline_keyboard")) {
			return List.of();
		}
		for (JsonNode row : markup.get("inline_keyboard")) {
			List<SentMessage.Button> buttons = new ArrayList<>();
			for (JsonNode button : row) {
				buttons.add(new SentMessage.Button(button.path("text").asText(), Json.text(button.get("callback_data")),
						Json.text(button.get("url"))));
			}
			rows.add(List.copyOf(buttons));
		}
		return List.copyOf(rows);
	}

	/** The texts of a reply keyboard ({@code ReplyKeyboardMarkup}) as rows; empty when there is none. */
	static List<List<String>> replyKeyboard(JsonNode markup) {
		if (markup == null || !markup.has("keyboard")) {
			return List.of();
		}
		List<List<String>> rows = new ArrayList<>();
		for (JsonNode row : markup.get("keyboard")) {
			List<String> texts = new ArrayList<>();
			row.forEach((button) -> texts.add(button.isObject() ? button.path("text").asText() : button.asText()));
			rows.add(List.copyOf(texts));
		}
		return List.copyOf(rows);
	}

	/** A deep copy without JSON null fields (TelegramBots serialises unset fields as null; Telegram ignores them). */
	static JsonNode withoutNulls(JsonNode node) {
		if (node.isObject()) {
			ObjectNode copy = Json.object();
			for (var field : node.properties()) {
				if (!field.getValue().isNull()) {
					copy.set(field.getKey(), withoutNulls(field.getValue()));
				}
			}
			return copy;
		}
		if (node.isArray()) {
			ArrayNode copy = Json.array();
			node.forEach((item) -> copy.add(withoutNulls(item)));
			return copy;
		}
		return node;
	}

	private static BotApiException buttonError(String detail) {
		return BotApiException.badRequest("can't parse inline keyboard button: " + detail);
	}

}
