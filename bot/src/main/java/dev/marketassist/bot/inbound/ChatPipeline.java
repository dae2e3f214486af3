package dev.marketassist.bot.inbound;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.MongoException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import dev.marketassist.dialogs.Dialogs;
import dev.marketassist.dialogs.Outcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * The way of an update inside the application: updates of one chat are handled strictly in
 * order, different chats in parallel on a bounded pool. Each update is handled by the
 * conversations (one version-checked session write) and then delivered.
 * <p>
 * While MongoDB cannot be reached an update is retried with backoff, never dropped; the chat
 * gets one "delayed" notice per outage, and the updates behind it wait their turn. Any other
 * failure is logged and answered with a short apology, never a stack trace.
 */
public class ChatPipeline implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ChatPipeline.class);

	private final Dialogs dialogs;

	private final Deliverer deliverer;

	private final ExecutorService workers;

	/** Starts background deliveries (notifications, recovery), so updates never queue behind thousands of them. */
	private final ExecutorService background;

	private final Map<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

	private final Set<Long> toldDelayed = ConcurrentHashMap.newKeySet();

	private final Duration maxBackoff;

	private final Counter handled;

	private final Counter failed;

	private final Timer latency;

	private final AtomicInteger inFlight = new AtomicInteger();

	public ChatPipeline(Dialogs dialogs, Deliverer deliverer, int workers, Duration maxBackoff, MeterRegistry meters) {
		this.dialogs = dialogs;
		this.deliverer = deliverer;
		AtomicInteger n = new AtomicInteger();
		this.workers = Executors.newFixedThreadPool(workers, r -> {
			Thread thread = new Thread(r, "chat-" + n.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		AtomicInteger b = new AtomicInteger();
		this.background = Executors.newFixedThreadPool(2, r -> {
			Thread thread = new Thread(r, "chat-background-" + b.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.maxBackoff = maxBackoff;
		this.handled = Counter.builder("market.updates.handled").description("Updates handled").register(meters);
		this.failed = Counter.builder("market.updates.failed").description("Updates answered with an apology").register(meters);
		this.latency = Timer.builder("market.updates.latency")
			.description("From receiving an update to its replies handed to the channel")
			.publishPercentiles(0.5, 0.95, 0.99)
			.register(meters);
		meters.gauge("market.updates.in_flight", inFlight);
	}

	/**
	 * Queues an update behind the earlier ones of its chat. The returned future completes once the
	 * update is recorded in MongoDB (so the channel may acknowledge it); delivery goes on after.
	 */
	public CompletableFuture<Void> submit(IncomingUpdate update) {
		CompletableFuture<Void> recorded = new CompletableFuture<>();
		long received = System.nanoTime();
		inFlight.incrementAndGet();
		chainOn(update.chatId(), workers, () -> process(update, recorded, received));
		return recorded;
	}

	/**
	 * Runs {@code work} in the chat's order, behind the work already queued; the chat's next work
	 * starts when the returned future completes, and no thread waits for it meanwhile.
	 */
	public void enqueueAsync(long chatId, java.util.function.Supplier<CompletableFuture<?>> work) {
		chainOn(chatId, background, () -> {
			try {
				return work.get().handle((ok, error) -> {
					if (error != null) {
						log.warn("Redelivery failed: {}", error.toString());
					}
					return null;
				});
			}
			catch (RuntimeException ex) {
				log.warn("Redelivery failed: {}", ex.toString());
				return CompletableFuture.completedFuture(null);
			}
		});
	}

	/** Runs {@code work} (a redelivery) in the chat's order, behind the updates already queued. */
	public void enqueue(long chatId, Runnable work) {
		chainOn(chatId, workers, () -> {
			try {
				work.run();
			}
			catch (RuntimeException ex) {
				log.warn("Redelivery failed: {}", ex.toString());
			}
			return CompletableFuture.completedFuture(null);
		});
	}

	/**
	 * Appends work to the chat's chain: it starts (on the pool) when the chat's previous work has
	 * finished, and the chat's next work when the future it returns completes.
	 */
	private void chainOn(long chatId, ExecutorService executor, java.util.function.Supplier<CompletableFuture<?>> work) {
		tails.compute(chatId, (chat, tail) -> {
			CompletableFuture<Void> previous = tail == null ? CompletableFuture.completedFuture(null) : tail;
			CompletableFuture<Void> next = previous.thenComposeAsync((ignored) -> work.get(), executor)
				.handle((ok, error) -> null);
			next.whenComplete((ok, error) -> tails.remove(chat, next));
			return next;
		});
	}

	private CompletableFuture<?> process(IncomingUpdate update, CompletableFuture<Void> recorded, long received) {
		CompletableFuture<Void> delivered = CompletableFuture.completedFuture(null);
		Outcome[] handled = new Outcome[1];
		try {
			handled[0] = handleWithRetry(update);
			recorded.complete(null);
			if (handled[0] != null) {
				// the replies go out asynchronously: this thread is free for other chats meanwhile
				delivered = deliverer.deliverAsync(handled[0], update.callbackId(), true);
			}
		}
		catch (RuntimeException ex) {
			recorded.complete(null);
			log.error("Delivering the replies of update {} failed", update.inbound().updateId(), ex);
			delivered = CompletableFuture.failedFuture(ex);
		}
		return delivered.whenComplete((ok, error) -> {
			if (error != null) {
				log.error("Delivering the replies of update {} failed", update.inbound().updateId(), error);
				if (handled[0] != null) {
					// gives the chat's delivery lease up, so that the recovery sweep (or another instance) delivers the rest
					safely(() -> dialogs.paused(handled[0].sessionId(), java.util.List.of(), null));
				}
			}
			latency.record(System.nanoTime() - received, TimeUnit.NANOSECONDS);
			inFlight.decrementAndGet();
		});
	}

	private Outcome handleWithRetry(IncomingUpdate update) {
		long backoff = 100;
		long chat = update.chatId();
		while (true) {
			try {
				Outcome outcome = dialogs.handle(update.inbound());
				handled.increment();
				if (toldDelayed.remove(chat)) {
					log.info("MongoDB reachable again; held update {} handled", update.inbound().updateId());
				}
				return outcome;
			}
			catch (RuntimeException ex) {
				if (!isTransient(ex)) {
					failed.increment();
					log.error("Handling update {} failed", update.inbound().updateId(), ex);
					apologise(update);
					return null;
				}
				if (toldDelayed.add(chat)) {
					log.warn("MongoDB unreachable ({}); holding update {} and retrying", ex.getClass().getSimpleName(),
							update.inbound().updateId());
					safely(() -> deliverer.notify(update.inbound().from(),
							dialogs.texts(update.inbound().from()).get("notice.delayed"), update.callbackId()));
				}
				sleep(backoff);
				backoff = Math.min(backoff * 2, maxBackoff.toMillis());
			}
		}
	}

	private void apologise(IncomingUpdate update) {
		safely(() -> deliverer.notify(update.inbound().from(), dialogs.texts(update.inbound().from()).get("error.apology"),
				update.callbackId()));
	}

	/** Whether the failure is MongoDB being out of reach (worth waiting for), not a bug. */
	static boolean isTransient(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
					|| cause instanceof MongoSocketException || cause instanceof MongoTimeoutException
					|| (cause instanceof MongoException mongo && mongo.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL))) {
				return true;
			}
		}
		return false;
	}

	private static void safely(Runnable action) {
		try {
			action.run();
		}
		catch (RuntimeException ex) {
			log.warn("Could not send a notice: {}", ex.toString());
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for MongoDB", ex);
		}
	}

	@Override
	public void close() {
		background.shutdownNow();
		workers.shutdown();
		try {
			if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
				workers.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			workers.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}

}
