package dev.marketassist.bot.sending;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Runs one attempt of a call, asynchronously, and decides what a failure means: a flood wait, a
 * retry after exponential backoff with jitter, or the end of the call. Logs and counts each
 * outcome.
 * <p>
 * Every attempt has a deadline ({@code callTimeout}): an answer that never comes is a network
 * failure and is retried. Without it a call could wait for ever: TelegramBots' OkHttp callback
 * reads the response body inside OkHttp's {@code onResponse}, and when that read fails (the
 * connection stalls after the headers) OkHttp only logs the exception, so the client's future
 * never completes.
 */
final class Attempts {

	/** Returned by {@link #run} when the call's future is complete. */
	static final long SETTLED = -1;

	private static final Logger log = LoggerFactory.getLogger(RateLimitedTelegramSender.class);

	private static final int MAX_DEPTH = 16;

	private final TelegramClient client;

	private final SendingSettings settings;

	private final FloodGate gate;

	private final MeterRegistry meters;

	/** {@code market.telegram.sent} by method, looked up once each (the registry's lookup is paid per call otherwise). */
	private final Map<String, Counter> sent = new ConcurrentHashMap<>();

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
	 * Starts one attempt (unless the call was cancelled or the sender closed).
	 * @return a future of {@link #SETTLED}, or of how many nanoseconds to wait before the next
	 * attempt; it never completes exceptionally
	 */
	CompletableFuture<Long> run(Call<?> call) {
		if (call.future.isDone()) {
			return CompletableFuture.completedFuture(SETTLED);
		}
		if (this.closed.getAsBoolean()) {
			call.fail(closedError());
			return CompletableFuture.completedFuture(SETTLED);
		}
		CompletableFuture<?> attempt;
		try {
			attempt = call.start(this.client);
		}
		catch (TelegramApiException ex) {
			return CompletableFuture.completedFuture(failed(call, Failure.of(ex)));
		}
		catch (RuntimeException ex) {
			return CompletableFuture.completedFuture(settle(call, Failure.unexpected(ex), true));
		}
		long timeout = this.settings.callTimeout().toMillis();
		return attempt.orTimeout(timeout, TimeUnit.MILLISECONDS).handle((result, error) -> {
			try {
				return outcome(call, result, error, timeout);
			}
			catch (RuntimeException ex) {
				return settle(call, Failure.unexpected(ex), true);
			}
		});
	}

	private long outcome(Call<?> call, Object result, Throwable error, long timeout) {
		if (error == null) {
			this.sent.computeIfAbsent(call.method, (method) -> this.meters.counter("market.telegram.sent", "method", method))
				.increment();
			call.complete(result);
			return SETTLED;
		}
		Throwable cause = unwrap(error);
		if (cause instanceof TimeoutException) {
			return failed(call, Failure.timedOut(timeout, null));
		}
		if (cause instanceof TelegramApiException api) {
			return failed(call, Failure.of(api));
		}
		if (cause instanceof IOException io) {
			return failed(call, Failure.io(io));
		}
		return settle(call, Failure.unexpected(cause), true);
	}

	private static Throwable unwrap(Throwable error) {
		Throwable cause = error;
		for (int depth = 0; depth < MAX_DEPTH && cause.getCause() != null
				&& (cause instanceof CompletionException || cause instanceof ExecutionException); depth++) {
			cause = cause.getCause();
		}
		return cause;
	}

	private long failed(Call<?> call, Failure failure) {
		return switch (failure.kind()) {
			case FLOOD -> floodWait(call, failure);
			case SERVER, IO -> backOff(call, failure);
			case REFUSED -> settle(call, failure, true);
		};
	}

	/**
	 * Obeys a 429 exactly: the call waits its {@code retry_after}. A chat's 429 holds that chat and
	 * all background work; a second chat flooded within a second, or a call without a chat, holds
	 * everything (the limit is the bot's overall one).
	 */
	private long floodWait(Call<?> call, Failure failure) {
		this.meters.counter("market.telegram.rate_limited").increment();
		int seconds = Math.max(1, failure.retryAfterSeconds());
		long wait = TimeUnit.SECONDS.toNanos(seconds);
		boolean everything = !call.hasChat() || this.gate.floodedElsewhere(call.chatId, System.nanoTime());
		if (everything) {
			if (this.gate.pauseFor(wait)) {
				log.info("Telegram flood limit on {} to {}: pausing all sending for {} s", call.method, call.chatRef(),
						seconds);
			}
		}
		else if (this.gate.pauseBackgroundFor(wait)) {
			log.info("Telegram flood limit on {} to {}: holding that chat and background sending for {} s", call.method,
					call.chatRef(), seconds);
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
