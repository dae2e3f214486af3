package dev.marketassist.benchmark;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marketassist.bot.telegram.BotApiHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The echo floor: the same TelegramBots long polling and OkHttp client (with the application's
 * {@link BotApiHttpClient} settings) as the application, and a
 * trivial handler (on as many worker threads as the application's default) that echoes text.
 */
final class EchoBot implements LongPollingUpdateConsumer, AutoCloseable {

	private final ExecutorService workers = Executors.newFixedThreadPool(16);

	private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor((r) -> {
		Thread thread = new Thread(r, "echo-polling");
		thread.setDaemon(true);
		return thread;
	});

	private final OkHttpTelegramClient client;

	private final TelegramBotsLongPollingApplication app;

	EchoBot(String token, int port) throws Exception {
		TelegramUrl url = new TelegramUrl("http", "127.0.0.1", port, false);
		this.client = new OkHttpTelegramClient(BotApiHttpClient.create(), token, url);
		this.app = new TelegramBotsLongPollingApplication(ObjectMapper::new,
				new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator(), () -> this.poller, ExponentialBackOff::new);
		this.app.registerBot(token, () -> url, (last) -> GetUpdates.builder().offset(last + 1).limit(100).timeout(2).build(),
				this);
	}

	@Override
	public void consume(List<Update> updates) {
		for (Update update : updates) {
			if (update.hasMessage() && update.getMessage().hasText()) {
				this.workers.execute(() -> {
					try {
						this.client.execute(SendMessage.builder()
							.chatId(update.getMessage().getChatId())
							.text(update.getMessage().getText())
							.build());
					}
					catch (Exception ex) {
						// counted by the driver as a missing reply
					}
				});
			}
		}
	}

	@Override
	public void close() throws Exception {
		this.app.close();
		this.poller.shutdownNow();
		this.workers.shutdownNow();
	}

}
