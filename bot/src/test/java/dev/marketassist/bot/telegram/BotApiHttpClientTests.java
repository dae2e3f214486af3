package dev.marketassist.bot.telegram;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Bot API client lets the sender's calls run side by side: OkHttp's default would hold all
 * but 5 requests to one host back.
 */
class BotApiHttpClientTests {

	private static final String TOKEN = "123456:TEST-token";

	private HttpServer server;

	private final AtomicInteger running = new AtomicInteger();

	private final AtomicInteger mostAtOnce = new AtomicInteger();

	@BeforeEach
	void slowBotApi() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
		server.setExecutor(Executors.newCachedThreadPool());
		server.createContext("/", exchange -> {
			int now = running.incrementAndGet();
			mostAtOnce.accumulateAndGet(now, Math::max);
			try {
				Thread.sleep(300);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			running.decrementAndGet();
			byte[] body = ("{\"ok\":true,\"result\":{\"message_id\":1,\"date\":1763900000,"
					+ "\"chat\":{\"id\":42,\"type\":\"private\"},\"text\":\"hi\"}}").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	@Test
	void sixteenCallsRunAtOnceWhereOkHttpsDefaultRunsFive() throws Exception {
		TelegramUrl url = new TelegramUrl("http", "127.0.0.1", server.getAddress().getPort(), false);
		assertThat(mostAtOnceFor(new OkHttpTelegramClient(BotApiHttpClient.create(), TOKEN, url))).isGreaterThanOrEqualTo(16);
		mostAtOnce.set(0);
		// what the library's own client does: the limit this class exists for
		assertThat(mostAtOnceFor(new OkHttpTelegramClient(TOKEN, url))).isEqualTo(5);
	}

	private int mostAtOnceFor(OkHttpTelegramClient client) throws Exception {
		List<CompletableFuture<Message>> calls = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			calls.add(client.executeAsync(SendMessage.builder().chatId(42L).text("hi " + i).build()));
		}
		for (CompletableFuture<Message> call : calls) {
			assertThat(call.get(10, TimeUnit.SECONDS).getMessageId()).isEqualTo(1);
		}
		return mostAtOnce.get();
	}

}
