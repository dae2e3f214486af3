package dev.marketassist.bot.sending;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The pauses Telegram asks for with {@code 429 retry_after}: a global one (nothing is sent while
 * it lasts, chat message or not) and one for background work only (replies to users go on).
 */
final class FloodGate {

	private static final long FLOOD_WINDOW = TimeUnit.SECONDS.toNanos(1);

	private final AtomicLong openAt = new AtomicLong(System.nanoTime());

	private final AtomicLong backgroundOpenAt = new AtomicLong(System.nanoTime());

	private long lastFloodedChat;

	private long lastFloodAt = System.nanoTime() - 2 * FLOOD_WINDOW;

	/**
	 * Closes the gate for at least the given time.
	 * @param nanos how long from now
	 * @return whether this started a new pause (the gate was open), rather than extending one
	 */
	boolean pauseFor(long nanos) {
		return extend(this.openAt, nanos);
	}

	/** Holds background work for at least the given time; whether this started a new pause. */
	boolean pauseBackgroundFor(long nanos) {
		return extend(this.backgroundOpenAt, nanos);
	}

	long remainingNanos(long now) {
		return Math.max(0, this.openAt.get() - now);
	}

	long backgroundRemainingNanos(long now) {
		return Math.max(remainingNanos(now), this.backgroundOpenAt.get() - now);
	}

	/**
	 * Records a 429 for a chat.
	 * @return whether another chat had one less than a second ago: the bot's overall limit, not a chat's
	 */
	synchronized boolean floodedElsewhere(long chatId, long now) {
		boolean elsewhere = chatId != this.lastFloodedChat && now - this.lastFloodAt < FLOOD_WINDOW;
		this.lastFloodedChat = chatId;
		this.lastFloodAt = now;
		return elsewhere;
	}

	private static boolean extend(AtomicLong until, long nanos) {
		long now = System.nanoTime();
		long end = now + nanos;
		long previous = until.getAndAccumulate(end, (current, asked) -> (asked - current > 0) ? asked : current);
		return previous - now <= 0;
	}

}
