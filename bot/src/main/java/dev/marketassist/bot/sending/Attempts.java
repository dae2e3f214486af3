package dev.marketassist.bot.sending;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Runs one attempt of a call and decides what a failure means: a global flood pause, a retry
 * after exponential backoff with jitter, or the end of the call. Logs and counts each outcome.
 */
final class Attempts {

	/** Returned by {@link #run} when the call's future is complete. */
	static final long SETTLED = -1;

	private static final Logger log = LoggerFactory.getLogger(RateLimitedTelegramSender.class);

	private final TelegramClient client;

	private final SendingSettings settings;

	private final FloodGate gate;

	private final MeterRegistry meters;

	private final BooleanSupplier closed;

	Attempts(TelegramClient client, SendingSettings settings, FloodGate gate, MeterRegistry meters,
			BooleanSupplier closed) {
		this.client = client;
		this.settings = settings;
		this.gate = gate;
		this.meters = meters;
		this.closed = closed;
		// registered up front so dashboards see 0 rather than no series before the first 429
		meters.counter("market.telegram.rate_limited");
	}

	static RejectedExecutionException closedError() {
		return new RejectedExecutionException("The Telegram sender was closed before the call was sent");
	}

	/**
	 * Makes one attempt (unless the call was cancelled or the sender closed).
	 * @return {@link #SETTLED}, or how many nanoseconds to wait before the next attempt
	 */
	long run(Call<?> call) {
		if (call.future.isDone()) {
			return SETTLED;
		}
		if (this.closed.getAsBoolean()) {
			call.fail(closedError());
			return SETTLED;
		}
		try {
			call.invoke(this.client, () -> this.meters.counter("market.telegram.sent", "method", call.method).increment());
			return SETTLED;
		}
		catch (TelegramApiException ex) {
			return failed(call, Failure.of(ex));
		}
		catch (RuntimeException ex) {
			return settle(call, Failure.unexpected(ex), true);
		}
	}

	private long failed(Call<?> call, Failure failure) {
		return switch (failure.kind()) {
			case FLOOD -> floodWait(call, failure);
			case SERVER, IO -> backOff(call, failure);
			case REFUSED -> settle(call, failure, true);
		};
	}

	private long floodWait(Call<?> call, Failure failure) {
		this.meters.counter("market.telegram.rate_limited").increment();
		long wait = TimeUnit.SECONDS.toNanos(Math.max(1, failure.retryAfterSeconds()));
		if (this.gate.pauseFor(wait)) {
			log.info("Telegram flood limit on {} to {}: pausing all sending for {} s", call.method, call.chatRef(),
					Math.max(1, failure.retryAfterSeconds()));
		}
		if (++call.floodWaits >= this.settings.maxAttempts() || this.closed.getAsBoolean()) {
			return settle(call, failure, false);
		}
		return wait;
	}

	private long backOff(Call<?> call, Failure failure) {
		if (++call.serverOrIoFailures >= this.settings.maxAttempts() || this.closed.getAsBoolean()) {
			return settle(call, failure, false);
		}
		String reason = (failure.kind() == Failure.Kind.SERVER) ? "server" : "io";
		this.meters.counter("market.telegram.retries", "reason", reason).increment();
		long delay = backoffNanos(call.serverOrIoFailures);
		if (log.isDebugEnabled()) {
			log.debug("Telegram {} to {} failed on attempt {}: [{}] {}; retrying in {} ms", call.method, call.chatRef(),
					call.attempts, failure.code(), failure.description(), TimeUnit.NANOSECONDS.toMillis(delay));
		}
		return delay;
	}

	/** Equal jitter: half the exponential step, plus a random part of the other half. */
	private long backoffNanos(int failures) {
		long max = this.settings.maxBackoff().toNanos();
		long step = Math.min(this.settings.initialBackoff().toNanos(), max);
		for (int i = 1; i < failures && step < max; i++) {
			step = Math.min(max, step * 2);
		}
		long half = step / 2;
		return half + ThreadLocalRandom.current().nextLong(half + 1);
	}

	private long settle(Call<?> call, Failure failure, boolean permanent) {
		this.meters.counter("market.telegram.failures", "code", failure.codeTag()).increment();
		log.warn("Telegram {} to {} failed for good on attempt {}: [{}] {}", call.method, call.chatRef(), call.attempts,
				failure.code(), failure.description());
		call.fail(failure.toException(call.method, permanent));
		return SETTLED;
	}

}
