package dev.marketassist.bot.sending;

import java.util.Locale;

/**
 * A Bot API call that failed for good: Telegram refused it (4xx), or server or network failures
 * outlasted the retries. The message carries no user content.
 */
public final class DeliveryFailed extends RuntimeException {

	private final String method;

	private final int errorCode;

	private final boolean permanent;

	private final String description;

	/**
	 * @param method the Bot API method, e.g. {@code sendmessage}
	 * @param errorCode Telegram's error code, 0 when no answer came (network failure)
	 * @param permanent whether sending the same call again cannot help
	 * @param description Telegram's description, or what went wrong locally
	 * @param cause the last error, or {@code null}
	 */
	public DeliveryFailed(String method, int errorCode, boolean permanent, String description, Throwable cause) {
		super(method + " failed: [" + errorCode + "] " + description, cause);
		this.method = method;
		this.errorCode = errorCode;
		this.permanent = permanent;
		this.description = description;
	}

	public String method() {
		return this.method;
	}

	public int errorCode() {
		return this.errorCode;
	}

	public boolean permanent() {
		return this.permanent;
	}

	public String description() {
		return this.description;
	}

	/**
	 * Whether the user blocked the bot (403 "bot was blocked by the user"): stop writing to them.
	 * @return {@code true} for that refusal only
	 */
	public boolean blockedByUser() {
		return this.errorCode == 403 && this.description != null
				&& this.description.toLowerCase(Locale.ROOT).contains("blocked by the user");
	}

}
