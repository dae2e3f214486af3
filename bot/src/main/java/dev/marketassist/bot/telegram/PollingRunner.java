package dev.marketassist.bot.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Runs TelegramBots' long polling while the application runs. If the Bot API cannot be reached
 * at start-up it keeps trying in the background instead of failing the start. Stopped before the
 * rest of the application so that no update is taken that cannot be handled.
 */
final class PollingRunner implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PollingRunner.class);

	private final String token;

	private final TelegramUrl url;

	private final Duration pollTimeout;

	private final MarketBot bot;

	private final Runnable onStarted;

	private final ScheduledExecutorService starter = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "telegram-polling-start");
		thread.setDaemon(true);
		return thread;
	});

	private volatile TelegramBotsLongPollingApplication app;

	private volatile boolean running;

	private volatile ScheduledExecutorService poller;

	PollingRunner(String token, TelegramUrl url, Duration pollTimeout, MarketBot bot, Runnable onStarted) {
		this.token = token;
		this.url = url;
		this.pollTimeout = pollTimeout;
		this.bot = bot;
		this.onStarted = onStarted;
	}

	@Override
	public void start() {
		running = true;
		starter.execute(() -> tryStart(1));
	}

	private void tryStart(int attempt) {
		if (!running) {
			return;
		}
		// our own daemon poller thread: the library's default is never shut down and keeps the JVM alive
		ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "telegram-polling");
			thread.setDaemon(true);
			return thread;
		});
		TelegramBotsLongPollingApplication candidate = new TelegramBotsLongPollingApplication(ObjectMapper::new,
				new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator(), () -> poller, ExponentialBackOff::new);
		try {
			// registerBot deletes any webhook and starts polling at once (the application starts "running")
			candidate.registerBot(token, () -> url, this::getUpdates, bot);
			app = candidate;
			this.poller = poller;
			log.info("Long polling started against {}://{}:{}", url.getSchema(), url.getHost(), url.getPort());
			onStarted.run();
		}
		catch (TelegramApiException | RuntimeException ex) {
			closeQuietly(candidate);
			poller.shutdownNow();
			long delay = Math.min(60, 1L << Math.min(attempt, 6));
			log.warn("Cannot start long polling ({}); trying again in {} s", ex.getMessage(), delay);
			starter.schedule(() -> tryStart(attempt + 1), delay, TimeUnit.SECONDS);
		}
	}

	private GetUpdates getUpdates(Integer lastReceived) {
		return GetUpdates.builder()
			.offset(lastReceived + 1)
			.limit(100)
			.timeout((int) pollTimeout.toSeconds())
			.allowedUpdates(List.of("message", "callback_query", "my_chat_member", "pre_checkout_query"))
			.build();
	}

	@Override
	public void stop() {
		running = false;
		starter.shutdownNow();
		TelegramBotsLongPollingApplication current = app;
		app = null;
		if (current != null) {
			closeQuietly(current);
		}
		ScheduledExecutorService currentPoller = poller;
		if (currentPoller != null) {
			currentPoller.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stop polling first and start it last. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 100;
	}

	private static void closeQuietly(TelegramBotsLongPollingApplication app) {
		try {
			app.close();
		}
		catch (Exception ex) {
			log.debug("Closing long polling: {}", ex.toString());
		}
	}

}
