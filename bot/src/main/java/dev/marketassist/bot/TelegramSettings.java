package dev.marketassist.bot;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the assistant talks to Telegram ({@code market.telegram.*}; environment variables in the
 * README).
 *
 * @param token the bot token ({@code TELEGRAM_BOT_TOKEN}); blank turns Telegram off
 * @param apiUrl the Bot API base URL ({@code TELEGRAM_API_URL})
 * @param mode {@code polling} or {@code webhook} ({@code TELEGRAM_MODE})
 * @param webhookUrl the public URL Telegram posts updates to ({@code TELEGRAM_WEBHOOK_URL})
 * @param webhookSecret the secret token Telegram sends back ({@code TELEGRAM_WEBHOOK_SECRET})
 * @param pollTimeout long-polling timeout of one getUpdates call
 * @param workers threads handling updates (different chats in parallel)
 * @param registerCommands whether to call setMyCommands at start-up
 */
@ConfigurationProperties("market.telegram")
public record TelegramSettings(String token, String apiUrl, Mode mode, String webhookUrl, String webhookSecret,
		Duration pollTimeout, int workers, Boolean registerCommands) {

	public enum Mode {

		POLLING, WEBHOOK

	}

	public TelegramSettings {
		apiUrl = apiUrl == null || apiUrl.isBlank() ? "https://api.telegram.org" : apiUrl;
		mode = mode == null ? Mode.POLLING : mode;
		pollTimeout = pollTimeout == null ? Duration.ofSeconds(50) : pollTimeout;
		workers = workers <= 0 ? 16 : workers;
		registerCommands = registerCommands == null || registerCommands;
	}

	public boolean enabled() {
		return token != null && !token.isBlank();
	}

}
