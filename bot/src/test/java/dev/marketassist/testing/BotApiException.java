package dev.marketassist.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An error answer of the stand-in Bot API, shaped as Telegram's:
 * {@code {"ok":false,"error_code":N,"description":"...","parameters":{"retry_after":N}}}.
 */
final class BotApiException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int errorCode;

	private final Integer retryAfter;

	BotApiException(int errorCode, String description, Integer retryAfter) {
		super(description, null, false, false);
		this.errorCode = errorCode;
		this.retryAfter = retryAfter;
	}

	BotApiException(int errorCode, String description) {
		this(errorCode, description, null);
	}

	/** 400 with {@code "Bad Request: " + detail}. */
	static BotApiException badRequest(String detail) {
		return new BotApiException(400, "Bad Request: " + detail);
	}

	static BotApiException tooManyRequests(int retryAfterSeconds) {
		return new BotApiException(429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds);
	}

	int errorCode() {
		return this.errorCode;
	}

	String description() {
		return getMessage();
	}

	ObjectNode toJson() {
		ObjectNode json = Json.object();
		json.put("ok", false);
		json.put("error_code", this.errorCode);
		json.put("description", getMessage());
		if (this.retryAfter != null) {
			json.putObject("parameters").put("retry_after", this.retryAfter);
		}
		return json;
	}

}
