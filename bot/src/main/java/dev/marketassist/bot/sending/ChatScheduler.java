package dev.marketassist.bot.sending;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.ToLongFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one dispatcher thread that feeds chat calls to the workers: it starts the next call of the
 * next ready chat once the flood gate is open, a worker is free, the overall limits allow, and
 * the chat's own bucket has a token. At most one call per chat runs at a time, so a chat's calls
 * keep their order. The dispatcher parks until the earliest moment something can move, or until
 * a call arrives or ends: never a busy spin.
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

	private final Executor workers;

	private final int maxInFlight;

	private final ToLongFunction<Call<?>> attempt;

	private int inFlight;

	private boolean closed;

	ChatScheduler(FloodLimits limits, ArrivalWindow arrivals, FloodGate gate, Executor workers, int maxInFlight,
			ToLongFunction<Call<?>> attempt) {
		this.lanes = new Lanes(limits);
		this.limits = limits;
		this.arrivals = arrivals;
		this.gate = gate;
		this.workers = workers;
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
			if (this.lanes.add(call)) {
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
	 * Starts at most one call.
	 * @return nanos to park before looking again, 0 to look again at once
	 */
	private long dispatchOne(long now) {
		long paused = this.gate.remainingNanos(now);
		if (paused > 0) {
			return paused;
		}
		if (!this.lanes.anyReady(now)) {
			long wake = this.lanes.nanosUntilWake(now);
			return (wake > 0) ? wake : IDLE_WAIT;
		}
		long globalWait = nanosUntilGlobalSlot(now);
		if (globalWait > 0) {
			return globalWait;
		}
		Call<?> call = this.lanes.takeNext(now);
		if (call != null) {
			this.limits.takeGlobalSlot();
			start(call);
		}
		return 0;
	}

	private long nanosUntilGlobalSlot(long now) {
		long arrivalWait = this.arrivals.nanosUntilFree(now, this.inFlight);
		if (this.inFlight >= this.maxInFlight || arrivalWait == ArrivalWindow.AFTER_NEXT_END) {
			return IDLE_WAIT;
		}
		return Math.max(arrivalWait, this.limits.nanosUntilGlobalSlot());
	}

	private void start(Call<?> call) {
		this.inFlight++;
		try {
			this.workers.execute(() -> run(call));
		}
		catch (RejectedExecutionException ex) {
			this.inFlight--;
			call.fail(ex);
		}
	}

	private void run(Call<?> call) {
		long retryIn = Attempts.SETTLED;
		try {
			retryIn = this.attempt.applyAsLong(call);
		}
		catch (Throwable ex) {
			call.fail(ex);
			throw ex;
		}
		finally {
			finished(call, retryIn);
		}
	}

	private void finished(Call<?> call, long retryIn) {
		this.lock.lock();
		try {
			long now = System.nanoTime();
			this.inFlight--;
			this.arrivals.ended(now);
			boolean retry = retryIn != Attempts.SETTLED;
			if (retry && this.closed) {
				call.fail(Attempts.closedError());
				return;
			}
			call.notBefore = retry ? now + retryIn : call.notBefore;
			this.lanes.finished(call, retry, now);
			this.changed.signal();
		}
		finally {
			this.lock.unlock();
		}
	}

}
