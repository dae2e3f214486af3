package dev.marketassist.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Telegram's documented broadcast limits for sending methods, as the stand-in enforces them when
 * {@link StandInBotApi#enforceFloodLimits(boolean)} is on:
 * <ul>
 * <li>at most 30 messages in any 1 s window, all chats together;</li>
 * <li>at most 20 messages in any 60 s window to one group chat (chat id &lt; 0);</li>
 * <li>in one private chat, a token bucket of capacity 3 refilled at 1 message per second (Telegram
 * allows short bursts, then about one message per second).</li>
 * </ul>
 * Only accepted requests use up the budget. Not thread-safe: the stand-in calls it under its lock.
 */
final class FloodControl {

	static final int GLOBAL_PER_SECOND = 30;

	static final int GROUP_PER_MINUTE = 20;

	static final double PRIVATE_BURST = 3;

	private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

	private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

	private final Deque<Long> global = new ArrayDeque<>();

	private final Map<Long, Deque<Long>> groups = new HashMap<>();

	private final Map<Long, Bucket> privateChats = new HashMap<>();

	/**
	 * @return the {@code retry_after} in seconds (at least 1) if sending to {@code chatId} now would exceed a
	 * limit, or 0 if it may be sent
	 */
	int retryAfter(long chatId, long now) {
		long waitNanos = 0;
		prune(this.global, now - SECOND);
		if (this.global.size() >= GLOBAL_PER_SECOND) {
			waitNanos = Math.max(waitNanos, this.global.peekFirst() + SECOND - now);
		}
		if (chatId < 0) {
			Deque<Long> group = this.groups.computeIfAbsent(chatId, (id) -> new ArrayDeque<>());
			prune(group, now - MINUTE);
			if (group.size() >= GROUP_PER_MINUTE) {
				waitNanos = Math.max(waitNanos, group.peekFirst() + MINUTE - now);
			}
		}
		else {
			Bucket bucket = this.privateChats.computeIfAbsent(chatId, (id) -> new Bucket(PRIVATE_BURST, now));
			bucket.refill(now);
			if (bucket.tokens < 1) {
				waitNanos = Math.max(waitNanos, (long) ((1 - bucket.tokens) * SECOND));
			}
		}
		if (waitNanos <= 0) {
			return 0;
		}
		return (int) Math.max(1, (waitNanos + SECOND - 1) / SECOND);
	}

	/** Uses up the budget of one message sent to {@code chatId} at {@code now}. */
	void record(long chatId, long now) {
		this.global.addLast(now);
		if (chatId < 0) {
			this.groups.computeIfAbsent(chatId, (id) -> new ArrayDeque<>()).addLast(now);
		}
		else {
			Bucket bucket = this.privateChats.computeIfAbsent(chatId, (id) -> new Bucket(PRIVATE_BURST, now));
			bucket.refill(now);
			bucket.tokens -= 1;
		}
	}

	void reset() {
		this.global.clear();
		this.groups.clear();
		this.privateChats.clear();
	}

	private static void prune(Deque<Long> times, long before) {
		while (!times.isEmpty() && times.peekFirst() <= before) {
			times.removeFirst();
		}
	}

	private static final class Bucket {

		double tokens;

		long refilledAt;

		Bucket(double tokens, long now) {
			this.tokens = tokens;
			this.refilledAt = now;
		}

		void refill(long now) {
			this.tokens = Math.min(PRIVATE_BURST, this.tokens + (double) (now - this.refilledAt) / SECOND);
			this.refilledAt = now;
		}

	}

}
