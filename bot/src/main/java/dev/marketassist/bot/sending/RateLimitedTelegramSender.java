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
 * <li>Chat calls queue per chat and run in order, one at a time per chat, paced per private
 * chat ({@code perChatBurst}, then {@code perChatPerSecond}), per group ({@code perGroupPerMinute})
 * and overall ({@code globalPerSecond}, and never more than {@code globalPerSecond + 1} calls
 * reaching Telegram in any second, however the network bunches them), on {@code workers}
 * threads.</li>
 * <li>{@link #sendNow} calls skip the queues and limits on a pool of their own.</li>
 * <li>A 429 pauses everything for its {@code retry_after}, then the same call goes again,
 * first in its chat. 5xx and network failures are retried with exponential backoff and jitter,
 * up to {@code maxAttempts}. Other errors fail at once with {@link DeliveryFailed}.</li>
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
		this.nowPool = new ScheduledThreadPoolExecutor(settings.workers(), threads("telegram-sender-now-"));
		this.nowPool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		this.nowPool.setRemoveOnCancelPolicy(true);
		this.chats = new ChatScheduler(new FloodLimits(settings), new ArrivalWindow(settings.globalPerSecond() + 1),
				this.gate, this.workers, settings.workers(), this.attempts::run);
		Gauge.builder("market.telegram.queue.size", this, RateLimitedTelegramSender::waiting)
			.description("Telegram calls waiting to be sent")
			.register(meters);
	}

	@Override
	public <T extends Serializable> CompletableFuture<T> send(long chatId, BotApiMethod<T> method) {
		return enqueue(Call.forChat(chatId, method.getMethod(), (client) -> client.execute(method)));
	}

	@Override
	public CompletableFuture<Message> send(long chatId, SendDocument document) {
		return enqueue(Call.forChat(chatId, document.getMethod(), (client) -> client.execute(document)));
	}

	@Override
	public <T extends Serializable> CompletableFuture<T> sendNow(BotApiMethod<T> method) {
		return enqueueNow(Call.withoutChat(method.getMethod(), (client) -> client.execute(method)));
	}

	@Override
	public CompletableFuture<Boolean> sendNow(SetWebhook setWebhook) {
		return enqueueNow(Call.withoutChat(setWebhook.getMethod(), (client) -> client.execute(setWebhook)));
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
		long retryIn;
		try {
			retryIn = (paused > 0) ? paused : this.attempts.run(call);
		}
		catch (Throwable ex) {
			call.fail(ex);
			throw ex;
		}
		if (retryIn != Attempts.SETTLED) {
			runNow(call, retryIn);
		}
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
