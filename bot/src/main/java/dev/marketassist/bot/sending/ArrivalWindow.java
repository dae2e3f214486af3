package dev.marketassist.bot.sending;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

/**
 * Guards Telegram's "at most so many per second" as Telegram sees it, on arrival, whatever the
 * network does to our even spacing. A call reaches Telegram somewhere between its start and its
 * end, so if, whenever a call starts, the calls still running plus those that ended less than a
 * second ago stay under the limit, no second on Telegram's side can see more than the limit.
 * Without it a slow first connection bunches the calls behind it into one 429. Not thread-safe:
 * the scheduler uses it under its lock.
 */
final class ArrivalWindow {

	/** Returned by {@link #nanosUntilFree} when only the end of a running call frees a place. */
	static final long AFTER_NEXT_END = Long.MAX_VALUE;

	private static final long WINDOW = TimeUnit.SECONDS.toNanos(1);

	private final int limit;

	private final ArrayDeque<Long> recentEnds = new ArrayDeque<>();

	ArrivalWindow(int limit) {
		this.limit = limit;
	}

	/**
	 * @param running calls started and not yet ended
	 * @return 0 when another call may start now, else nanos to wait, or {@link #AFTER_NEXT_END}
	 */
	long nanosUntilFree(long now, int running) {
		forgetOlderThanWindow(now);
		if (running + this.recentEnds.size() < this.limit) {
			return 0;
		}
		return this.recentEnds.isEmpty() ? AFTER_NEXT_END : Math.max(1, this.recentEnds.peekFirst() + WINDOW - now);
	}

	void ended(long now) {
		this.recentEnds.addLast(now);
		forgetOlderThanWindow(now);
	}

	private void forgetOlderThanWindow(long now) {
		while (!this.recentEnds.isEmpty() && now - this.recentEnds.peekFirst() >= WINDOW) {
			this.recentEnds.pollFirst();
		}
	}

}
