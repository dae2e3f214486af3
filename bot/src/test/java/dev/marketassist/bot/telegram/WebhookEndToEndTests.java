package dev.marketassist.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.marketassist.testing.StandInBotApi;
import dev.marketassist.testing.TgUser;
import dev.marketassist.testing.EndToEnd;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Webhook mode: the application registers its webhook with the secret token, refuses requests
 * without it before reading their body, refuses bodies over 1 MiB, and handles a redelivered
 * update once. Health details and metrics are on the management port only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class WebhookEndToEndTests {

	static final String SECRET = "s3cr3t-Token_1";

	/** Its own stand-in: a webhook set on the shared one would stop the polling tests' getUpdates. */
	static final StandInBotApi telegram = StandInBotApi.start(EndToEnd.TOKEN);

	@DynamicPropertySource
	static void webhook(DynamicPropertyRegistry registry) {
		registry.add("market.telegram.token", () -> EndToEnd.TOKEN);
		registry.add("market.telegram.api-url", telegram::baseUrl);
		registry.add("market.telegram.mode", () -> "webhook");
		registry.add("market.telegram.webhook-url", () -> "https://bot.example.test/telegram/webhook");
		registry.add("market.telegram.webhook-secret", () -> SECRET);
	}

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void registersTheWebhookWithTheSecretToken() {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(telegram.webhook()).hasValueSatisfying(webhook -> {
				assertThat(webhook.url()).isEqualTo("https://bot.example.test/telegram/webhook");
				assertThat(webhook.secretToken()).isEqualTo(SECRET);
			}));
	}

	@Test
	void refusesRequestsWithoutTheRightSecretAndDoesNotReadThem() throws Exception {
		TgUser ada = EndToEnd.english("Ada");
		String update = updateJson(ada, 910_001, "/start");
		assertThat(post(update, null)).isEqualTo(401);
		assertThat(post(update, "wrong")).isEqualTo(401);
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(telegram.messages(ada.chatId())).isEmpty());
	}

	@Test
	void handlesAnUpdateAndItsRedeliveryOnce() throws Exception {
		TgUser ada = EndToEnd.english("Ada");
		String update = updateJson(ada, 910_002, "/help");
		assertThat(post(update, SECRET)).isEqualTo(200);
		telegram.awaitText(ada.chatId(), "How I can help");
		assertThat(post(update, SECRET)).isEqualTo(200);
		await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(3))
			.untilAsserted(() -> assertThat(telegram.messages(ada.chatId())).hasSize(1));
	}

	@Test
	void reportsHealthWithMongoAndServesPrometheusMetricsOnTheManagementPort() throws Exception {
		assertThat(managementPort).isNotEqualTo(port);
		var health = get(managementPort, "/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"mongo\"");
		var metrics = get(managementPort, "/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("market_updates_handled_total", "market_updates_latency_seconds",
				"market_telegram_rate_limited_total");
	}

	@Test
	void thePublicPortTellsTheHealthStatusOnlyAndNoMetrics() throws Exception {
		var health = get(port, "/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
		for (String path : new String[] { "/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/jvm.memory.used",
				"/actuator/health/mongo", "/actuator", "/actuator/env" }) {
			var refused = get(port, path);
			assertThat(refused.statusCode()).as(path).isEqualTo(404);
			assertThat(refused.body()).as(path).doesNotContain("jvm_", "market_updates", "mongo");
		}
	}

	@Test
	void aWrongSecretIsRefusedBeforeAHugeBodyIsRead() throws Exception {
		// announces 100 MiB, sends 64 KiB and waits: only an answer that does not wait for the body arrives
		String status = rawPost("wrong", "Content-Length: " + 100L * 1024 * 1024, new byte[64 * 1024]);
		assertThat(status).startsWith("HTTP/1.1 401");
		assertThat(rawPost(null, "Content-Length: " + 100L * 1024 * 1024, new byte[64 * 1024])).startsWith("HTTP/1.1 401");
	}

	@Test
	void aBodyOverOneMebibyteIsRefusedWith413() throws Exception {
		assertThat(rawPost(SECRET, "Content-Length: " + 2 * 1024 * 1024, new byte[64 * 1024]))
			.as("told by its Content-Length, unread").startsWith("HTTP/1.1 413");
		// chunked: no length to tell; the server reads no more than 1 MiB and a byte
		byte[] chunk = new byte[64 * 1024];
		java.util.Arrays.fill(chunk, (byte) ' ');
		java.io.ByteArrayOutputStream chunked = new java.io.ByteArrayOutputStream();
		for (int i = 0; i < 32; i++) {
			chunked.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
			chunked.write(chunk);
			chunked.write("\r\n".getBytes(StandardCharsets.US_ASCII));
		}
		chunked.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		assertThat(rawPost(SECRET, "Transfer-Encoding: chunked", chunked.toByteArray())).startsWith("HTTP/1.1 413");
		TgUser ada = EndToEnd.english("Ada");
		assertThat(post(updateJson(ada, 910_003, "/help"), SECRET)).as("a normal update still passes").isEqualTo(200);
	}

	/** Sends a POST with these headers and body bytes (written from another thread) and returns the status line. */
	private String rawPost(String secret, String lengthHeader, byte[] body) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			String head = "POST /telegram/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + lengthHeader
					+ "\r\n" + (secret == null ? "" : "X-Telegram-Bot-Api-Secret-Token: " + secret + "\r\n") + "\r\n";
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			Thread writer = new Thread(() -> {
				try {
					out.write(body);
					out.flush();
				}
				catch (java.io.IOException closedByTheServer) {
					// the server may answer and close before it has all of it
				}
			});
			writer.start();
			long start = System.nanoTime();
			InputStream in = socket.getInputStream();
			StringBuilder line = new StringBuilder();
			for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
				line.append((char) c);
			}
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
			writer.join(10_000);
			return line.toString().strip();
		}
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private int post(String body, String secret) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (secret != null) {
			request.header("X-Telegram-Bot-Api-Secret-Token", secret);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private static String updateJson(TgUser user, long updateId, String text) {
		return """
				{"update_id": %d, "message": {"message_id": 1, "date": 1763900000,
				 "from": {"id": %d, "is_bot": false, "first_name": "%s", "language_code": "%s"},
				 "chat": {"id": %d, "type": "private", "first_name": "%s"},
				 "text": "%s", "entities": [{"offset": 0, "length": %d, "type": "bot_command"}]}}
				""".formatted(updateId, user.id(), user.firstName(), user.languageCode(), user.id(), user.firstName(), text,
				text.length());
	}

}
