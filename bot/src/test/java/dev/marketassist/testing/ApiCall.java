package dev.marketassist.testing;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One request the bot made to the stand-in Bot API, with the answer it got. Treat the JSON nodes as read-only.
 * @param method the method name in lower case, as TelegramBots sends it ({@code "sendmessage"})
 * @param params the request parameters, whatever the body encoding, with JSON-text parameters such as
 * {@code reply_markup} parsed
 * @param httpStatus the HTTP status of the answer (200, 400, 429, ...)
 * @param response the answer: {@code {"ok":true,"result":...}} or {@code {"ok":false,"error_code":...}}
 * @param at when the request arrived
 * @param nanoTime {@link System#nanoTime()} when the request arrived, to measure intervals
 * @param contentType the request's {@code Content-Type} ({@code application/json}, {@code multipart/form-data; ...}),
 * or {@code null}
 */
public record ApiCall(String method, JsonNode params, int httpStatus, JsonNode response, Instant at, long nanoTime,
		String contentType) {

	/** Whether Telegram would have answered {@code "ok": true}. */
	public boolean ok() {
		return this.response.path("ok").asBoolean(false);
	}

	/** The {@code error_code}, or 0 for a successful call. */
	public int errorCode() {
		return this.response.path("error_code").asInt(0);
	}

	/** The error {@code description}, or {@code null} for a successful call. */
	public String description() {
		return ok() ? null : this.response.path("description").asText(null);
	}

	/** The {@code result} of a successful call, or a missing node. */
	public JsonNode result() {
		return this.response.path("result");
	}

	/** A parameter as text (objects as JSON text), or {@code null} if it was not sent. */
	public String param(String name) {
		return Json.text(this.params.get(name));
	}

	/** The {@code chat_id} parameter as a number, or {@code null} if absent or not numeric. */
	public Long chatId() {
		String chatId = param("chat_id");
		try {
			return (chatId != null) ? Long.valueOf(chatId.trim()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	@Override
	public String toString() {
		return this.method + " " + this.params + " -> " + this.httpStatus + " " + this.response;
	}

}
