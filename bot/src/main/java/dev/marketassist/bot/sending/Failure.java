package dev.marketassist.bot.sending;

import java.io.IOException;

import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/**
 * What a failed attempt means for the call: wait out a flood limit, retry later, or give up.
 * Descriptions never contain the call's content.
 */
record Failure(Kind kind, int code, String description, int retryAfterSeconds, Throwable cause) {

	private static final int MAX_DEPTH = 16;

	enum Kind {

		FLOOD, SERVER, IO, REFUSED

	}

	static Failure of(TelegramApiException ex) {
		if (ex instanceof TelegramApiRequestException request) {
			return ofRequest(request);
		}
		if (causedByIo(ex)) {
			return new Failure(Kind.IO, 0, ex.getMessage() + " (" + rootCause(ex).getClass().getSimpleName() + ")", 0,
					ex);
		}
		// a validation exception's toString() includes the whole method, hence no cause
		Throwable cause = (ex instanceof TelegramApiValidationException) ? null : ex;
		return new Failure(Kind.REFUSED, 0, ex.getMessage(), 0, cause);
	}

	/** No answer within the attempt's time: the request may or may not have reached Telegram. */
	static Failure timedOut(long millis, Throwable cause) {
		return new Failure(Kind.IO, 0, "no answer within " + millis + " ms", 0, cause);
	}

	/** A network failure reported by the HTTP client itself. */
	static Failure io(java.io.IOException ex) {
		return new Failure(Kind.IO, 0, ex.getClass().getSimpleName() + ": " + ex.getMessage(), 0, ex);
	}

	static Failure unexpected(Throwable ex) {
		return new Failure(Kind.REFUSED, 0, ex.getClass().getSimpleName(), 0, ex);
	}

	private static Failure ofRequest(TelegramApiRequestException ex) {
		int code = (ex.getErrorCode() != null) ? ex.getErrorCode() : 0;
		String description = (ex.getApiResponse() != null) ? ex.getApiResponse() : ex.getMessage();
		if (code == 429) {
			Integer retryAfter = (ex.getParameters() != null) ? ex.getParameters().getRetryAfter() : null;
			return new Failure(Kind.FLOOD, code, description, (retryAfter != null) ? retryAfter : 1, ex);
		}
		Kind kind = (code >= 500) ? Kind.SERVER : (code > 0) ? Kind.REFUSED : Kind.IO;
		return new Failure(kind, code, description, 0, ex);
	}

	private static boolean causedByIo(Throwable ex) {
		Throwable t = ex;
		for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
			if (t instanceof IOException) {
				return true;
			}
		}
		return false;
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable root = ex;
		for (int depth = 0; root.getCause() != null && depth < MAX_DEPTH; depth++) {
			root = root.getCause();
		}
		return root;
	}

	/**
	 * The {@code code} tag of {@code market.telegram.failures}.
	 * @return Telegram's error code, {@code io} for network failures, {@code local} otherwise
	 */
	String codeTag() {
		if (this.kind == Kind.IO) {
			return "io";
		}
		return (this.code > 0) ? String.valueOf(this.code) : "local";
	}

	DeliveryFailed toException(String method, boolean permanent) {
		return new DeliveryFailed(method, this.code, permanent, this.description, this.cause);
	}

}
