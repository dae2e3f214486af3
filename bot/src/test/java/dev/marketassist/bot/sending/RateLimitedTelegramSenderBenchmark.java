package dev.marketassist.bot.sending;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throughput against a stand-in Bot API on 127.0.0.1 that answers 429 to the 31st call in any
 * second, through the real OkHttp client and default settings. Takes about 70 s, so it runs only
 * on request: {@code mvn -pl bot test -Dtest=RateLimitedTelegramSenderBenchmark -Dmarket.benchmark=true}
 * ({@code -Dmarket.benchmark.messages=N} for another size).
 */
@EnabledIfSystemProperty(named = "market.benchmark", matches = "true")
class RateLimitedTelegramSenderBenchmark {

	private static final String OK = "{\"ok\":true,\"result\":{\"message_id\":1,\"date\":1700000000,"
			+ "\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"hello\"}}";

	private static final String TOO_MANY = "{\"ok\":false,\"error_code\":429,"
			+ "\"description\":\"Too Many Requests: retry after 1\",\"parameters\":{\"retry_after\":1}}";

	private final ArrayDeque<Long> lastSecond = new ArrayDeque<>();

	private final AtomicInteger tooMany = new AtomicInteger();

	@Test
	void sendsAtLeast28MessagesPerSecondWithoutA429() throws Exception {
		int messages = Integer.getInteger("market.benchmark.messages", 2000);
		ExecutorService handlers = Executors.newFixedThreadPool(8);
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setExecutor(handlers);
		server.createContext("/", this::answer);
		server.start();
		OkHttpTelegramClient client = new OkHttpTelegramClient("123:test",
				new TelegramUrl("http", "127.0.0.1", server.getAddress().getPort(), false));
		try (RateLimitedTelegramSender sender = new RateLimitedTelegramSender(client, SendingSettings.defaults(),
				new SimpleMeterRegistry())) {
			long start = System.nanoTime();
			List<CompletableFuture<Message>> sent = new ArrayList<>();
			for (long chat = 1; chat <= messages; chat++) {
				sent.add(sender.send(chat, SendMessage.builder().chatId(chat).text("hello").build()));
			}
			CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(messages / 10 + 30, TimeUnit.SECONDS);
			double perSecond = messages / ((System.nanoTime() - start) / 1e9);
			System.out.printf("%d messages at %.2f/s, %d answered 429%n", messages, perSecond, this.tooMany.get());
			assertThat(this.tooMany).hasValue(0);
			assertThat(perSecond).isGreaterThanOrEqualTo(28);
		}
		finally {
			server.stop(0);
			handlers.shutdownNow();
		}
	}

	private void answer(HttpExchange exchange) throws IOException {
		exchange.getRequestBody().readAllBytes();
		boolean limited = countArrival(System.nanoTime());
		byte[] body = (limited ? TOO_MANY : OK).getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(limited ? 429 : 200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private synchronized boolean countArrival(long now) {
		while (!this.lastSecond.isEmpty() && now - this.lastSecond.peekFirst() >= TimeUnit.SECONDS.toNanos(1)) {
			this.lastSecond.pollFirst();
		}
		this.lastSecond.addLast(now);
		boolean limited = this.lastSecond.size() > 30;
		if (limited) {
			this.tooMany.incrementAndGet();
		}
		return limited;
	}

}
