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
 * running is either ready or asleep (until its head call's backoff ends, or, for background work,
 * until its bucket refills). Ready lanes with a reply waiting take turns in the urgent queue,
 * before any lane of background work: a lane goes as urgent as the most urgent call it holds, so
 * a reply never waits behind its chat's paced reminder. Not thread-safe: {@link ChatScheduler}
 * uses it under its lock.
 */
final class Lanes {

	enum Place {

		IDLE, URGENT, BACKGROUND, ASLEEP, BUSY

	}

	static final class Lane {

		final Bucket bucket;

		final ArrayDeque<Call<?>> calls = new ArrayDeque<>();

		Place place = Place.IDLE;

		int replies;

		long wakeAt;

		boolean sleepsForBucket;

		long idleSince = System.nanoTime();

		Lane(Bucket bucket) {
			this.bucket = bucket;
		}

		Call<?> head() {
			return this.calls.peekFirst();
		}

		boolean urgent() {
			return this.replies > 0;
		}

	}

	private static final long SWEEP_EVERY = TimeUnit.SECONDS.toNanos(10);

	private final Map<Long, Lane> byChat = new HashMap<>();

	private final ArrayDeque<Lane> urgent = new ArrayDeque<>();

	private final ArrayDeque<Lane> background = new ArrayDeque<>();

	private final PriorityQueue<Lane> asleep = new PriorityQueue<>((a, b) -> Long.signum(a.wakeAt - b.wakeAt));

	private final AtomicInteger queued = new AtomicInteger();

	private final FloodLimits limits;

	private long nextSweep = System.nanoTime();

	Lanes(FloodLimits limits) {
		this.limits = limits;
	}

	/** @return whether a lane became ready (the dispatcher should look) */
	boolean add(Call<?> call, long now) {
		Lane lane = this.byChat.computeIfAbsent(call.chatId, (id) -> new Lane(this.limits.forChat(id)));
		lane.calls.addLast(call);
		this.queued.incrementAndGet();
		if (call.isReply()) {
			lane.replies++;
		}
		switch (lane.place) {
			case IDLE -> {
				release(lane, now);
				return lane.place != Place.ASLEEP;
			}
			case BACKGROUND -> {
				if (lane.urgent()) { // promoted: the stale entry in the background queue is skipped
					lane.place = Place.URGENT;
					this.urgent.addLast(lane);
					return true;
				}
				return false;
			}
			case ASLEEP -> {
				if (lane.urgent() && lane.sleepsForBucket) { // a reply does not wait for the bucket
					this.asleep.remove(lane);
					lane.place = Place.URGENT;
					this.urgent.addLast(lane);
					return true;
				}
				return false;
			}
			default -> {
				return false;
			}
		}
	}

	/** Wakes the lanes whose time has come. */
	void wake(long now) {
		while (!this.asleep.isEmpty() && this.asleep.peek().wakeAt - now <= 0) {
			Lane lane = this.asleep.poll();
			lane.place = Place.IDLE;
			ready(lane);
		}
	}

	/** @return nanos until the first sleeping lane wakes, or -1 when none sleeps */
	long nanosUntilWake(long now) {
		return this.asleep.isEmpty() ? -1 : Math.max(1, this.asleep.peek().wakeAt - now);
	}

	/** @return the first ready lane with a reply waiting, or {@code null} */
	Lane peekUrgent() {
		return peek(this.urgent, Place.URGENT);
	}

	/** @return the first ready lane of background work, or {@code null} */
	Lane peekBackground() {
		return peek(this.background, Place.BACKGROUND);
	}

	/** Takes the lane's head call: the lane is busy until {@link #finished}. */
	Call<?> take(Lane lane) {
		(lane.place == Place.URGENT ? this.urgent : this.background).pollFirst();
		Call<?> head = dequeue(lane);
		lane.place = Place.BUSY;
		return head;
	}

	/** Drops the head call (cancelled while it waited) and puts the lane where it now belongs. */
	void dropHead(Lane lane, long now) {
		(lane.place == Place.URGENT ? this.urgent : this.background).pollFirst();
		dequeue(lane);
		lane.place = Place.IDLE;
		release(lane, now);
	}

	/** Puts a ready lane to sleep until {@code until} (its head's backoff, or its bucket's refill). */
	void sleep(Lane lane, long until, boolean forBucket) {
		(lane.place == Place.URGENT ? this.urgent : this.background).pollFirst();
		asleep(lane, until, forBucket);
	}

	/** Frees the call's lane once the call settled; a call to retry goes back first in line. */
	void finished(Call<?> call, boolean retry, long now) {
		Lane lane = this.byChat.get(call.chatId);
		if (lane == null) {
			return;
		}
		lane.place = Place.IDLE;
		if (retry) {
			lane.calls.addFirst(call);
			this.queued.incrementAndGet();
			if (call.isReply()) {
				lane.replies++;
			}
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
		this.urgent.clear();
		this.background.clear();
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
		this.byChat.values()
			.removeIf((lane) -> lane.place == Place.IDLE && lane.calls.isEmpty() && now - lane.idleSince > expiry);
		this.nextSweep = now + SWEEP_EVERY;
	}

	private Lane peek(ArrayDeque<Lane> queue, Place place) {
		while (!queue.isEmpty() && queue.peekFirst().place != place) {
			queue.pollFirst(); // a stale entry: the lane was promoted or moved since
		}
		return queue.peekFirst();
	}

	private Call<?> dequeue(Lane lane) {
		Call<?> head = lane.calls.pollFirst();
		this.queued.decrementAndGet();
		if (head != null && head.isReply()) {
			lane.replies--;
		}
		return head;
	}

	/** Places an idle lane: asleep while its head backs off, ready if it has work, idle otherwise. */
	private void release(Lane lane, long now) {
		Call<?> next = lane.head();
		if (next == null) {
			lane.idleSince = now;
			lane.place = Place.IDLE;
		}
		else if (next.notBefore - now > 0) {
			asleep(lane, next.notBefore, false);
		}
		else {
			ready(lane);
		}
	}

	private void ready(Lane lane) {
		if (lane.calls.isEmpty()) {
			lane.place = Place.IDLE;
			return;
		}
		lane.place = lane.urgent() ? Place.URGENT : Place.BACKGROUND;
		(lane.urgent() ? this.urgent : this.background).addLast(lane);
	}

	private void asleep(Lane lane, long until, boolean forBucket) {
		lane.place = Place.ASLEEP;
		lane.wakeAt = until;
		lane.sleepsForBucket = forBucket;
		this.asleep.add(lane);
	}

}
