package dev.marketassist.bot.sending;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;
import io.github.bucket4j.local.SynchronizationStrategy;

/**
 * Telegram's flood limits as Bucket4j buckets. Not thread-safe: the scheduler uses it under its
 * lock.
 * <p>
 * The global bucket counts a message as {@value #UNITS} tokens so that it can refill smoothly at
 * {@code globalPerSecond} and hold half a second's worth: after a stall (a slow first
 * connection, a pause) the sender catches up instead of losing the time, and a wake-up a little
 * late costs no throughput. How many calls reach Telegram in any one second is capped separately,
 * on the arrival side, by {@link ArrivalWindow}. A group's own bucket holds a small burst and
 * refills so that no minute sees more than {@code perGroupPerMinute}.
 */
final class FloodLimits {

	private static final long UNITS = 100;

	private final SendingSettings settings;

	private final TimeMeter time;

	private final Bucket global;

	FloodLimits(SendingSettings settings) {
		this(settings, TimeMeter.SYSTEM_NANOTIME);
	}

	FloodLimits(SendingSettings settings, TimeMeter time) {
		this.settings = settings;
		this.time = time;
		this.global = builder()
			.addLimit((limit) -> limit.capacity(Math.max(UNITS + UNITS / 10, settings.globalPerSecond() * UNITS / 2))
				.refillGreedy(settings.globalPerSecond() * UNITS, Duration.ofSeconds(1)))
			.build();
	}

	/**
	 * @return 0 when a message may go now as far as the overall limit goes, else nanos to wait
	 */
	long nanosUntilGlobalSlot() {
		EstimationProbe probe = this.global.estimateAbilityToConsume(UNITS);
		return probe.canBeConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
	}

	boolean takeGlobalSlot() {
		return this.global.tryConsume(UNITS);
	}

	/** Counts a reply against the overall budget even when it is spent: background work waits longer. */
	void forceGlobalSlot() {
		this.global.consumeIgnoringRateLimits(UNITS);
	}

	/** Counts a reply against its chat's bucket even when it is empty: background work to the chat waits. */
	static void forceChatSlot(Bucket chat) {
		chat.consumeIgnoringRateLimits(1);
	}

	/**
	 * Takes a token of the chat's bucket if it has one.
	 * @return 0 when taken, else nanos until the chat may receive the next message
	 */
	static long takeChatSlot(Bucket chat) {
		ConsumptionProbe probe = chat.tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
	}

	Bucket forChat(long chatId) {
		LocalBucketBuilder builder = builder().addLimit((limit) -> limit.capacity(this.settings.perChatBurst())
			.refillGreedy(this.settings.perChatPerSecond(), Duration.ofSeconds(1)));
		if (chatId < 0) {
			builder.addLimit((limit) -> limit.capacity(groupBurst()).refillGreedy(groupRefill(), Duration.ofMinutes(1)));
		}
		return builder.build();
	}

	/**
	 * @return how long an idle chat's buckets take to fill up again, after which forgetting the
	 * chat loses nothing
	 */
	long refillAllNanos() {
		long chat = TimeUnit.SECONDS.toNanos(1) * this.settings.perChatBurst() / this.settings.perChatPerSecond();
		long group = TimeUnit.MINUTES.toNanos(1) * groupBurst() / groupRefill();
		return Math.max(chat, group) + TimeUnit.SECONDS.toNanos(1);
	}

	private long groupBurst() {
		return Math.max(1, Math.min(this.settings.perChatBurst(), this.settings.perGroupPerMinute() - 1));
	}

	private long groupRefill() {
		return Math.max(1, this.settings.perGroupPerMinute() - groupBurst());
	}

	private LocalBucketBuilder builder() {
		return Bucket.builder()
			.withCustomTimePrecision(this.time)
			.withSynchronizationStrategy(SynchronizationStrategy.NONE);
	}

}
