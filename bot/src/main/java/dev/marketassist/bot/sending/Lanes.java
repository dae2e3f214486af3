package dev.marketassist.bot.sending;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.bucket4j.Bucket;

/**
 * One FIFO queue ("lane") per chat, with that chat's bucket. A lane with waiting calls and none
 * running is either ready (lanes take turns round-robin) or asleep until its bucket refills or
 * its head call's backoff ends. Not thread-safe: {@link ChatScheduler} uses it under its lock.
 */
final class Lanes {

	static final class Lane {

		final Bucket bucket;

		final ArrayDeque<Call<?>> calls = new ArrayDeque<>();

		boolean busy;

		long wakeAt;

		long idleSince = System.nanoTime();

		Lane(Bucket bucket) {
			this.bucket = bucket;
		}

	}

	private static final long SWEEP_EVERY = TimeUnit.SECONDS.toNanos(10);

	private final Map<Long, Lane> byChat = new HashMap<>();

	private final ArrayDeque<Lane> ready = new ArrayDeque<>();

	private final PriorityQueue<Lane> asleep = new PriorityQueue<>((a, b) -> Long.signum(a.wakeAt - b.wakeAt));

	private final AtomicInteger queued = new AtomicInteger();

	private final FloodLimits limits;

	private long nextSweep = System.nanoTime();

	Lanes(FloodLimits limits) {
		this.limits = limits;
	}

	/** @return whether the chat's lane became ready (it was idle) */
	boolean add(Call<?> call) {
		Lane lane = this.byChat.computeIfAbsent(call.chatId, (id) -> new Lane(this.limits.forChat(id)));
		lane.calls.addLast(call);
		this.queued.incrementAndGet();
		if (!lane.busy && lane.calls.size() == 1) {
			this.ready.addLast(lane);
			return true;
		}
		return false;
	}

	/** Wakes the lanes whose time has come; whether one is ready now. */
	boolean anyReady(long now) {
		while (!this.asleep.isEmpty() && this.asleep.peek().wakeAt - now <= 0) {
			this.ready.addLast(this.asleep.poll());
		}
		return !this.ready.isEmpty();
	}

	/** @return nanos until the first sleeping lane wakes, or -1 when none sleeps */
	long nanosUntilWake(long now) {
		return this.asleep.isEmpty() ? -1 : Math.max(1, this.asleep.peek().wakeAt - now);
	}

	/**
	 * Takes the next ready lane's head call if its backoff is over and its bucket has a token;
	 * otherwise puts the lane to sleep until then. Drops calls cancelled while they waited.
	 * @return the call, now running in its lane, or {@code null}
	 */
	Call<?> takeNext(long now) {
		Lane lane = this.ready.pollFirst();
		Call<?> head = lane.calls.peekFirst();
		if (head.future.isDone()) {
			take(lane);
			release(lane, now);
			return null;
		}
		long backoff = head.notBefore - now;
		long wait = (backoff > 0) ? backoff : FloodLimits.takeChatSlot(lane.bucket);
		if (wait > 0) {
			sleep(lane, now + wait);
			return null;
		}
		take(lane).busy = true;
		return head;
	}

	/** Frees the call's lane once the call settled; a call to retry goes back first in line. */
	void finished(Call<?> call, boolean retry, long now) {
		Lane lane = this.byChat.get(call.chatId);
		if (lane == null) {
			return;
		}
		lane.busy = false;
		if (retry) {
			lane.calls.addFirst(call);
			this.queued.incrementAndGet();
		}
		release(lane, now);
	}

	int queued() {
		return this.queued.get();
	}

	/** @return every waiting call, after forgetting all lanes */
	List<Call<?>> clear() {
		List<Call<?>> waiting = new ArrayList<>();
		this.byChat.values().forEach((lane) -> waiting.addAll(lane.calls));
		this.byChat.clear();
		this.ready.clear();
		this.asleep.clear();
		this.queued.set(0);
		return waiting;
	}

	/** Forgets chats whose buckets are full again, so the map does not grow with every chat. */
	void sweep(long now) {
		if (now - this.nextSweep < 0) {
			return;
		}
		long expiry = this.limits.refillAllNanos();
		this.byChat.values().removeIf((lane) -> !lane.busy && lane.calls.isEmpty() && now - lane.idleSince > expiry);
		this.nextSweep = now + SWEEP_EVERY;
	}

	private Lane take(Lane lane) {
		lane.calls.pollFirst();
		this.queued.decrementAndGet();
		return lane;
	}

	private void release(Lane lane, long now) {
		Call<?> next = lane.calls.peekFirst();
		if (next == null) {
			lane.idleSince = now;
		}
		else if (next.notBefore - now > 0) {
			sleep(lane, next.notBefore);
		}
		else {
			this.ready.addLast(lane);
		}
	}

	private void sleep(Lane lane, long until) {
		lane.wakeAt = until;
		this.asleep.add(lane);
	}

}
