package dev.marketassist.bot.sandbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The local sandbox chat ({@code market.sandbox.*}).
 *
 * @param enabled {@code true} or {@code false}; unset: on exactly when no Telegram token is
 * configured ({@link SandboxCondition})
 * @param path where the page is served
 * @param allowRemote whether clients other than this machine (loopback) may use it
 * @param replyTimeout how long a request waits for the assistant's answer before the page is
 * told to keep polling
 */
@ConfigurationProperties("market.sandbox")
public record SandboxSettings(Boolean enabled, String path, boolean allowRemote, Duration replyTimeout) {

	public SandboxSettings {
		path = path == null || path.isBlank() ? "/" : (path.startsWith("/") ? path : "/" + path);
		replyTimeout = replyTimeout == null ? Duration.ofSeconds(10) : replyTimeout;
	}

}
