package dev.marketassist.bot.sending;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The global pause Telegram asks for with {@code 429 retry_after}: while it lasts, nothing is
 * sent, chat message or not.
 */
final class FloodGate {

	private final AtomicLong openAt = new AtomicLong(System.nanoTime());

	/**
	 * Closes the gate for at least the given time.
	 * @param nanos how long from now
	 * @return whether this started a new pause (the gate was open), rather than extending one
	 */
	boolean pauseFor(long nanos) {
		long now = System.nanoTime();
		long end = now + nanos;
		long previous = this.openAt.getAndAccumulate(end, (current, asked) -> (asked - current > 0) ? asked : current);
		return previous - now <= 0;
	}

	long remainingNanos(long now) {
		return Math.max(0, this.openAt.get() - now);
	}

}
