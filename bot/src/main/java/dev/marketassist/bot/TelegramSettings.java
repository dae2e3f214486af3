package dev.marketassist.bot;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import static dev.marketassist.core.SettingChecks.positive;

/**
 * How the assistant talks to Telegram ({@code market.telegram.*}; environment variables in the
 * README). Its outbound pacing has a record of its own, {@code SendingSettings}
 * ({@code market.telegram.sending.*}).
 *
 * @param token the bot token ({@code TELEGRAM_BOT_TOKEN}); blank turns Telegram off
 * @param apiUrl the Bot API base URL ({@code TELEGRAM_API_URL})
 * @param mode {@code polling} or {@code webhook} ({@code TELEGRAM_MODE})
 * @param webhookUrl the public URL Telegram posts updates to ({@code TELEGRAM_WEBHOOK_URL})
 * @param webhookSecret the secret token Telegram sends back ({@code TELEGRAM_WEBHOOK_SECRET})
 * @param pollTimeout long-polling timeout of one getUpdates call
 * @param workers threads handling updates (different chats in parallel)
 * @param registerCommands whether to call setMyCommands at start-up
 * @param username the bot's username without {@code @} ({@code TELEGRAM_BOT_USERNAME}), for
 * {@code t.me} links; empty: none
 * @param webhookPath the path Telegram posts updates to in webhook mode
 * @param maxBackoff longest wait between retries while MongoDB is unreachable
 * @param keepSupersededButtons leave the buttons of a prompt a new prompt replaces
 */
@ConfigurationProperties("market.telegram")
public record TelegramSettings(String token, String apiUrl, Mode mode, String webhookUrl, String webhookSecret,
		Duration pollTimeout, int workers, Boolean registerCommands, String username, String webhookPath,
		Duration maxBackoff, boolean keepSupersededButtons) {

	public enum Mode {

		POLLING, WEBHOOK

	}

	public TelegramSettings {
		apiUrl = apiUrl == null || apiUrl.isBlank() ? "https://api.telegram.org" : apiUrl;
		mode = mode == null ? Mode.POLLING : mode;
		pollTimeout = pollTimeout == null ? Duration.ofSeconds(50) : pollTimeout;
		workers = workers <= 0 ? 16 : workers;
		registerCommands = registerCommands == null || registerCommands;
		username = username == null ? "" : username.strip().replaceFirst("^@", "");
		webhookPath = webhookPath == null || webhookPath.isBlank() ? "/telegram/webhook" : webhookPath.strip();
		if (!webhookPath.startsWith("/")) {
			throw new IllegalArgumentException("market.telegram.webhook-path must start with /, not " + webhookPath);
		}
		maxBackoff = positive(maxBackoff, Duration.ofSeconds(10), "market.telegram.max-backoff");
	}

	public boolean enabled() {
		return token != null && !token.isBlank();
	}

	/** Without the token and the webhook secret. */
	@Override
	public String toString() {
		return "TelegramSettings[apiUrl=" + apiUrl + ", mode=" + mode + ", webhookUrl=" + webhookUrl + ", username="
				+ username + ", webhookPath=" + webhookPath + ", workers=" + workers + "]";
	}

}
