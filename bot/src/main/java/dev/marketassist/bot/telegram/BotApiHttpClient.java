package dev.marketassist.bot.telegram;

import java.util.concurrent.TimeUnit;

import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The HTTP client for Bot API calls. TelegramBots' client runs every call through OkHttp's
 * asynchronous dispatcher, whose default allows only 5 requests at once to one host and keeps 5
 * idle connections: every call to Telegram would queue behind 5 others (answering a button,
 * clearing a keyboard and sending the next prompt of many chats), and connections beyond 5 would
 * be closed and opened again. The sender bounds how many calls run at once
 * ({@code market.telegram.sending.max-in-flight}, 64); this client lets them all through and keeps
 * their connections. Calls are asynchronous (OkHttp's {@code enqueue}): no thread waits for an answer.
 */
public final class BotApiHttpClient {

	/** At most this many Bot API requests at once (the sender's default {@code max-in-flight}). */
	public static final int MAX_CONCURRENT_REQUESTS = 64;

	private BotApiHttpClient() {
	}

	public static OkHttpClient create() {
		Dispatcher dispatcher = new Dispatcher();
		dispatcher.setMaxRequests(MAX_CONCURRENT_REQUESTS);
		dispatcher.setMaxRequestsPerHost(MAX_CONCURRENT_REQUESTS);
		return new OkHttpClient.Builder().dispatcher(dispatcher)
			.connectionPool(new ConnectionPool(MAX_CONCURRENT_REQUESTS, 5, TimeUnit.MINUTES))
			.build();
	}

}
