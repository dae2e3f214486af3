package dev.marketassist.dialogs;

import java.util.Arrays;

import dev.marketassist.core.MessageCodeException;
import org.springframework.context.MessageSource;

/**
 * Message texts in one language. Arguments are escaped for Telegram HTML unless they are
 * {@link Html}; numbers and dates are formatted for the language.
 */
public final class Texts {

	private final MessageSource messages;

	private final Language language;

	public Texts(MessageSource messages, Language language) {
		this.messages = messages;
		this.language = language;
	}

	/** The same message source in another language. */
	public Texts(Texts other, Language language) {
		this(other.messages, language);
	}

	public Language language() {
		return language;
	}

	/** The message {@code key} with its placeholders filled; user values are escaped. */
	public String get(String key, Object... args) {
		Object[] safe = Arrays.stream(args).map(Texts::safe).toArray();
		return messages.getMessage(key, safe, language.locale());
	}

	/** The message of a refusal or an invalid value: its code with its arguments; user values are escaped. */
	public String get(MessageCodeException refusal) {
		return get(refusal.code(), refusal.args().toArray());
	}

	/** The message of a refusal or an invalid value as plain text (a toast). */
	public String plain(MessageCodeException refusal) {
		return plain(refusal.code(), refusal.args().toArray());
	}

	/** The message as plain text (button labels, toasts): placeholders filled, nothing escaped. */
	public String plain(String key, Object... args) {
		return messages.getMessage(key, args, language.locale());
	}

	private static Object safe(Object arg) {
		if (arg instanceof Html html) {
			return html.value();
		}
		if (arg instanceof CharSequence text) {
			return Html.escape(text.toString());
		}
		return arg;
	}

}
