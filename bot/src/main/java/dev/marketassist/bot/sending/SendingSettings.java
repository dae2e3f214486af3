package dev.marketassist.bot.sending;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Limits and retry policy of outbound Telegram calls ({@code market.telegram.sending.*}).
 * Zero or missing values take the defaults; the limit defaults follow Telegram's bot FAQ.
 *
 * @param perChatPerSecond background messages per second to one chat, sustained (replies are not held)
 * @param perChatBurst messages one chat may receive at once before pacing starts
 * @param perGroupPerMinute messages per minute to one group chat (negative chat id)
 * @param globalPerSecond messages per second overall, under Telegram's 30; at most one more
 * reaches Telegram in any second
 * @param workers threads that start Bot API calls (the calls themselves are asynchronous)
 * @param initialBackoff first wait before retrying a server or network failure
 * @param maxBackoff longest wait between two retries
 * @param maxAttempts attempts per call for server or network failures (and, separately, for
 * flood waits) before it fails
 * @param maxInFlight Bot API calls under way at once (the HTTP client allows as many per host)
 * @param callTimeout longest wait for one attempt's answer; a call without an answer by then is
 * retried like a network failure
 */
@ConfigurationProperties("market.telegram.sending")
public record SendingSettings(int perChatPerSecond, int perChatBurst, int perGroupPerMinute, int globalPerSecond,
		int workers, Duration initialBackoff, Duration maxBackoff, int maxAttempts, int maxInFlight,
		Duration callTimeout) {

	@ConstructorBinding
	public SendingSettings {
		perChatPerSecond = orDefault(perChatPerSecond, 1);
		perChatBurst = orDefault(perChatBurst, 3);
		perGroupPerMinute = orDefault(perGroupPerMinute, 20);
		globalPerSecond = orDefault(globalPerSecond, 29);
		workers = orDefault(workers, 2);
		initialBackoff = orDefault(initialBackoff, Duration.ofMillis(500));
		maxBackoff = orDefault(maxBackoff, Duration.ofSeconds(30));
		maxAttempts = orDefault(maxAttempts, 6);
		maxInFlight = orDefault(maxInFlight, 64);
		callTimeout = orDefault(callTimeout, Duration.ofSeconds(30));
	}

	public SendingSettings(int perChatPerSecond, int perChatBurst, int perGroupPerMinute, int globalPerSecond,
			int workers, Duration initialBackoff, Duration maxBackoff, int maxAttempts) {
		this(perChatPerSecond, perChatBurst, perGroupPerMinute, globalPerSecond, workers, initialBackoff, maxBackoff,
				maxAttempts, 0, null);
	}

	/**
	 * The defaults: 1/s and bursts of 3 per chat (background work), 20/min per group, 29/s overall,
	 * 2 starting threads, 64 calls in flight, 30 s per attempt, backoff from 500 ms doubling up to
	 * 30 s, 6 attempts.
	 * @return settings with every default
	 */
	public static SendingSettings defaults() {
		return new SendingSettings(0, 0, 0, 0, 0, null, null, 0, 0, null);
	}

	private static int orDefault(int value, int fallback) {
		return (value > 0) ? value : fallback;
	}

	private static Duration orDefault(Duration value, Duration fallback) {
		return (value == null || value.isZero() || value.isNegative()) ? fallback : value;
	}

}
