package dev.marketassist.bot.sending;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits and retry policy of outbound Telegram calls ({@code market.telegram.sending.*}).
 * Zero or missing values take the defaults; the limit defaults follow Telegram's bot FAQ.
 *
 * @param perChatPerSecond messages per second to one chat, sustained
 * @param perChatBurst messages one chat may receive at once before pacing starts
 * @param perGroupPerMinute messages per minute to one group chat (negative chat id)
 * @param globalPerSecond messages per second overall, under Telegram's 30; at most one more
 * reaches Telegram in any second
 * @param workers threads making Bot API calls for chats
 * @param initialBackoff first wait before retrying a server or network failure
 * @param maxBackoff longest wait between two retries
 * @param maxAttempts attempts per call for server or network failures (and, separately, for
 * flood waits) before it fails
 */
@ConfigurationProperties("market.telegram.sending")
public record SendingSettings(int perChatPerSecond, int perChatBurst, int perGroupPerMinute, int globalPerSecond,
		int workers, Duration initialBackoff, Duration maxBackoff, int maxAttempts) {

	public SendingSettings {
		perChatPerSecond = orDefault(perChatPerSecond, 1);
		perChatBurst = orDefault(perChatBurst, 3);
		perGroupPerMinute = orDefault(perGroupPerMinute, 20);
		globalPerSecond = orDefault(globalPerSecond, 29);
		workers = orDefault(workers, 8);
		initialBackoff = orDefault(initialBackoff, Duration.ofMillis(500));
		maxBackoff = orDefault(maxBackoff, Duration.ofSeconds(30));
		maxAttempts = orDefault(maxAttempts, 6);
	}

	/**
	 * The defaults: 1/s and bursts of 3 per chat, 20/min per group, 29/s overall, 8 workers,
	 * backoff from 500 ms doubling up to 30 s, 6 attempts.
	 * @return settings with every default
	 */
	public static SendingSettings defaults() {
		return new SendingSettings(0, 0, 0, 0, 0, null, null, 0);
	}

	private static int orDefault(int value, int fallback) {
		return (value > 0) ? value : fallback;
	}

	private static Duration orDefault(Duration value, Duration fallback) {
		return (value == null || value.isZero() || value.isNegative()) ? fallback : value;
	}

}
