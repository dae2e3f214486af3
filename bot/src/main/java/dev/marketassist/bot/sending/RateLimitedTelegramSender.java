package dev.marketassist.bot.sending;

import java.io.Serializable;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * {@link OutboundMessages} over a {@link TelegramClient}, within Telegram's flood limits.
 * <ul>
 * <li>Chat calls queue per chat and run in order, one at a time per chat. A {@link Priority#REPLY}
 * goes out at once, ahead of background work; {@link Priority#BACKGROUND} messages are paced per
 * private chat ({@code perChatBurst}, then {@code perChatPerSecond}), per group
 * ({@code perGroupPerMinute}) and overall ({@code globalPerSecond}), behind every reply. No more
 * than {@code globalPerSecond + 1} messages reach Telegram in any second, however the network
 * bunches them. Edits are not messages and are never paced.</li>
 * <li>Calls are asynchronous ({@code executeAsync}: OkHttp's dispatcher, no thread waits for an
 * answer), at most {@code maxInFlight} at once; {@code workers} threads only start them.</li>
 * <li>{@link #sendNow} calls skip the queues and limits.</li>
 * <li>A 429 is obeyed exactly: the call goes again after its {@code retry_after}, first in its
 * chat; meanwhile its chat and all background work wait (everything waits when two chats are
 * flooded within a second, or the call had no chat). 5xx, network failures and attempts without
 * an answer within {@code callTimeout} are retried with exponential backoff and jitter, up to
 * {@code maxAttempts}. Other errors fail at once with {@link DeliveryFailed}.</li>
 * </ul>
 * Meters: {@code market.telegram.sent} (method), {@code market.telegram.rate_limited},
 * {@code market.telegram.retries} (reason: server|io), {@code market.telegram.failures} (code),
 * gauge {@code market.telegram.queue.size}. Logs never carry message content or whole chat ids.
 */
public final class RateLimitedTelegramSender implements OutboundMessages, AutoCloseable {

	private static final long CLOSE_GRACE_NANOS = TimeUnit.SECONDS.toNanos(2);

	private final AtomicBoolean closed = new AtomicBoolean();

	private final Set<Call<?>> open = ConcurrentHashMap.newKeySet();

	private final AtomicInteger waitingNow = new AtomicInteger();

	private final FloodGate gate = new FloodGate();

	private final Attempts attempts;

	private final ThreadPoolExecutor workers;

	private final ScheduledThreadPoolExecutor nowPool;

	private final ChatScheduler chats;

	public RateLimitedTelegramSender(TelegramClient client, SendingSettings settings, MeterRegistry meters) {
		this.attempts = new Attempts(client, settings, this.gate, meters, this.closed::get);
		this.workers = new ThreadPoolExecutor(settings.workers(), settings.workers(), 0, TimeUnit.MILLISECONDS,
				new LinkedBlockingQueue<>(), threads("telegram-sender-"));
		this.nowPool = new ScheduledThreadPoolExecutor(1, threads("telegram-sender-now-"));
		this.nowPool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		this.nowPool.setRemoveOnCancelPolicy(true);
		this.chats = new ChatScheduler(new FloodLimits(settings), new ArrivalWindow(settings.globalPerSecond() + 1),
				this.gate, this.workers, settings.maxInFlight(), this.attempts::run);
		Gauge.builder("market.telegram.queue.size", this, RateLimitedTelegramSender::waiting)
			.description("Telegram calls waiting to be sent")
			.register(meters);
	}

	@Override
	public <T extends Serializable> CompletableFuture<T> send(long chatId, BotApiMethod<T> method, Priority priority) {
		return enqueue(Call.forChat(chatId, method.getMethod(), priority, (client) -> client.executeAsync(method)));
	}

	@Override
	public CompletableFuture<Message> send(long chatId, SendDocument document, Priority priority) {
		return enqueue(Call.forChat(chatId, document.getMethod(), priority, (client) -> client.executeAsync(document)));
	}

	@Override
	public <T extends Serializable> CompletableFuture<T> sendNow(BotApiMethod<T> method) {
		return enqueueNow(Call.withoutChat(method.getMethod(), (client) -> client.executeAsync(method)));
	}

	@Override
	public CompletableFuture<Boolean> sendNow(SetWebhook setWebhook) {
		return enqueueNow(Call.withoutChat(setWebhook.getMethod(), (client) -> client.executeAsync(setWebhook)));
	}

	/**
	 * Stops accepting calls, fails the waiting ones, lets calls in flight finish for up to two
	 * seconds, then stops the threads and fails whatever is left.
	 */
	@Override
	public void close() {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		this.chats.close().forEach((call) -> call.fail(Attempts.closedError()));
		this.workers.shutdown();
		this.nowPool.shutdown();
		long deadline = System.nanoTime() + CLOSE_GRACE_NANOS;
		awaitUntil(this.workers, deadline);
		awaitUntil(this.nowPool, deadline);
		// calls in flight are asynchronous: give them the rest of the grace to be answered
		while (!this.open.isEmpty() && deadline - System.nanoTime() > 0) {
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
		}
		this.workers.shutdownNow();
		this.nowPool.shutdownNow();
		this.open.forEach((call) -> call.fail(Attempts.closedError()));
	}

	int waiting() {
		return this.chats.queued() + this.waitingNow.get();
	}

	private <T extends Serializable> CompletableFuture<T> enqueue(Call<T> call) {
		if (track(call) && !this.chats.submit(call)) {
			call.fail(Attempts.closedError());
		}
		return call.future;
	}

	private <T extends Serializable> CompletableFuture<T> enqueueNow(Call<T> call) {
		if (track(call)) {
			runNow(call, this.gate.remainingNanos(System.nanoTime()));
		}
		return call.future;
	}

	private boolean track(Call<?> call) {
		if (this.closed.get()) {
			call.fail(Attempts.closedError());
			return false;
		}
		this.open.add(call);
		call.future.whenComplete((result, error) -> this.open.remove(call));
		return true;
	}

	private void runNow(Call<?> call, long delayNanos) {
		this.waitingNow.incrementAndGet();
		try {
			this.nowPool.schedule(() -> attemptNow(call), delayNanos, TimeUnit.NANOSECONDS);
		}
		catch (RejectedExecutionException ex) {
			this.waitingNow.decrementAndGet();
			call.fail(Attempts.closedError());
		}
	}

	private void attemptNow(Call<?> call) {
		this.waitingNow.decrementAndGet();
		long paused = this.gate.remainingNanos(System.nanoTime());
		if (paused > 0) {
			runNow(call, paused);
			return;
		}
		CompletableFuture<Long> attempted;
		try {
			attempted = this.attempts.run(call);
		}
		catch (Throwable ex) {
			call.fail(ex);
			throw ex;
		}
		attempted.whenComplete((retryIn, error) -> {
			if (error != null) {
				call.fail(error);
			}
			else if (retryIn != Attempts.SETTLED) {
				runNow(call, retryIn);
			}
		});
	}

	private static void awaitUntil(ExecutorService executor, long deadline) {
		try {
			executor.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static ThreadFactory threads(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(task, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
