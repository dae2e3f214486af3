package dev.marketassist.bot.sending;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one dispatcher thread that starts chat calls. At most one call per chat runs at a time, so
 * a chat's calls keep their order. Replies go first and at once: they only wait for a flood
 * pause, a free place among the calls in flight and, if they are messages, Telegram's overall
 * per-second cap on arrival. Background work also waits for the overall budget and its chat's
 * bucket. Edits are not messages: they wait for nothing but their chat's order. Calls run
 * asynchronously (no thread waits for Telegram's answer); the dispatcher parks until the earliest
 * moment something can move, or until a call arrives (or ends while others wait): never a busy spin.
 */
final class ChatScheduler {

	private static final Logger log = LoggerFactory.getLogger(RateLimitedTelegramSender.class);

	private static final long IDLE_WAIT = TimeUnit.SECONDS.toNanos(1);

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	private final Lanes lanes;

	private final FloodLimits limits;

	private final ArrivalWindow arrivals;

	private final FloodGate gate;

	private final Executor starters;

	private final int maxInFlight;

	private final Function<Call<?>, CompletableFuture<Long>> attempt;

	private int inFlight;

	private int messagesInFlight;

	private boolean closed;

	ChatScheduler(FloodLimits limits, ArrivalWindow arrivals, FloodGate gate, Executor starters, int maxInFlight,
			Function<Call<?>, CompletableFuture<Long>> attempt) {
		this.lanes = new Lanes(limits);
		this.limits = limits;
		this.arrivals = arrivals;
		this.gate = gate;
		this.starters = starters;
		this.maxInFlight = maxInFlight;
		this.attempt = attempt;
		Thread dispatcher = new Thread(this::dispatch, "telegram-sender-dispatch");
		dispatcher.setDaemon(true);
		dispatcher.start();
	}

	boolean submit(Call<?> call) {
		this.lock.lock();
		try {
			if (this.closed) {
				return false;
			}
			if (this.lanes.add(call, System.nanoTime())) {
				this.changed.signal();
			}
			return true;
		}
		finally {
			this.lock.unlock();
		}
	}

	int queued() {
		return this.lanes.queued();
	}

	/**
	 * Stops dispatching.
	 * @return the calls that were still waiting; their futures are the caller's to settle
	 */
	List<Call<?>> close() {
		this.lock.lock();
		try {
			this.closed = true;
			this.changed.signalAll();
			return this.lanes.clear();
		}
		finally {
			this.lock.unlock();
		}
	}

	private void dispatch() {
		this.lock.lock();
		try {
			while (!this.closed) {
				long wait = dispatchSafely(System.nanoTime());
				if (wait > 0) {
					this.changed.awaitNanos(wait);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.lock.unlock();
		}
	}

	private long dispatchSafely(long now) {
		try {
			this.lanes.sweep(now);
			return dispatchOne(now);
		}
		catch (RuntimeException ex) {
			log.error("Telegram sender dispatcher failed; going on", ex);
			return IDLE_WAIT;
		}
	}

	/**
	 * Starts, drops or puts to sleep at most one lane's head call.
	 * @return nanos to park before looking again, 0 to look again at once
	 */
	private long dispatchOne(long now) {
		long paused = this.gate.remainingNanos(now);
		if (paused > 0) {
			return paused;
		}
		this.lanes.wake(now);
		if (this.inFlight >= this.maxInFlight) {
			return IDLE_WAIT;
		}
		long arrivalWait = this.arrivals.nanosUntilFree(now, this.messagesInFlight);
		Lanes.Lane lane = this.lanes.peekUrgent();
		boolean reply = lane != null;
		if (lane == null) {
			long held = this.gate.backgroundRemainingNanos(now);
			lane = (held > 0) ? null : this.lanes.peekBackground();
			if (lane == null) {
				return earliest(held, this.lanes.nanosUntilWake(now));
			}
		}
		Call<?> head = lane.head();
		if (head.future.isDone()) {
			this.lanes.dropHead(lane, now);
			return 0;
		}
		if (head.notBefore - now > 0) {
			this.lanes.sleep(lane, head.notBefore, false);
			return 0;
		}
		if (head.counted) {
			if (arrivalWait > 0) {
				return (arrivalWait == ArrivalWindow.AFTER_NEXT_END) ? IDLE_WAIT : arrivalWait;
			}
			if (reply) {
				FloodLimits.forceChatSlot(lane.bucket);
				this.limits.forceGlobalSlot();
			}
			else {
				long globalWait = this.limits.nanosUntilGlobalSlot();
				if (globalWait > 0) {
					return earliest(globalWait, this.lanes.nanosUntilWake(now));
				}
				long chatWait = FloodLimits.takeChatSlot(lane.bucket);
				if (chatWait > 0) {
					this.lanes.sleep(lane, now + chatWait, true);
					return 0;
				}
				this.limits.takeGlobalSlot();
			}
		}
		start(this.lanes.take(lane));
		return 0;
	}

	private static long earliest(long a, long b) {
		long wait = (a > 0 && b > 0) ? Math.min(a, b) : Math.max(a, b);
		return (wait > 0) ? wait : IDLE_WAIT;
	}

	private void start(Call<?> call) {
		this.inFlight++;
		if (call.counted) {
			this.messagesInFlight++;
		}
		try {
			this.starters.execute(() -> run(call));
		}
		catch (RejectedExecutionException ex) {
			call.fail(ex);
			ended(call, Attempts.SETTLED);
		}
	}

	private void run(Call<?> call) {
		CompletableFuture<Long> attempted;
		try {
			attempted = this.attempt.apply(call);
		}
		catch (Throwable ex) {
			call.fail(ex);
			finished(call, Attempts.SETTLED);
			throw ex;
		}
		attempted.whenComplete((retryIn, error) -> finished(call, (error != null) ? Attempts.SETTLED : retryIn));
	}

	private void finished(Call<?> call, long retryIn) {
		if (retryIn == Attempts.SETTLED && !call.future.isDone()) {
			call.fail(new IllegalStateException("attempt ended without settling " + call.method));
		}
		this.lock.lock();
		try {
			ended(call, retryIn);
			// the end frees a place in flight and its chat's turn: news to the dispatcher only if a call waits
			// (a retry is one); with nothing queued it sleeps on until a call arrives
			if (this.lanes.queued() > 0) {
				this.changed.signal();
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	private void ended(Call<?> call, long retryIn) {
		long now = System.nanoTime();
		this.inFlight--;
		if (call.counted) {
			this.messagesInFlight--;
			this.arrivals.ended(now);
		}
		boolean retry = retryIn != Attempts.SETTLED;
		if (retry && this.closed) {
			call.fail(Attempts.closedError());
			return;
		}
		call.notBefore = retry ? now + retryIn : call.notBefore;
		this.lanes.finished(call, retry, now);
	}

}
