package dev.marketassist.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.marketassist.testing.StandInBotApi;
import dev.marketassist.testing.TgUser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Webhook mode: the application registers its webhook with the secret token, refuses requests
 * without it, and handles a redelivered update once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class WebhookEndToEndTests {

	static final String SECRET = "s3cr3t-Token_1";

	/** Its own stand-in: a webhook set on the shared one would stop the polling tests' getUpdates. */
	static final StandInBotApi telegram = StandInBotApi.start(TelegramEndToEnd.TOKEN);

	@DynamicPropertySource
	static void webhook(DynamicPropertyRegistry registry) {
		registry.add("market.telegram.token", () -> TelegramEndToEnd.TOKEN);
		registry.add("market.telegram.api-url", telegram::baseUrl);
		registry.add("market.telegram.mode", () -> "webhook");
		registry.add("market.telegram.webhook-url", () -> "https://bot.example.test/telegram/webhook");
		registry.add("market.telegram.webhook-secret", () -> SECRET);
	}

	@LocalServerPort
	int port;

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
		TgUser ada = TelegramEndToEnd.english("Ada");
		String update = updateJson(ada, 910_001, "/start");
		assertThat(post(update, null)).isEqualTo(401);
		assertThat(post(update, "wrong")).isEqualTo(401);
		Thread.sleep(300);
		assertThat(telegram.messages(ada.chatId())).isEmpty();
	}

	@Test
	void handlesAnUpdateAndItsRedeliveryOnce() throws Exception {
		TgUser ada = TelegramEndToEnd.english("Ada");
		String update = updateJson(ada, 910_002, "/help");
		assertThat(post(update, SECRET)).isEqualTo(200);
		telegram.awaitText(ada.chatId(), "How I can help");
		assertThat(post(update, SECRET)).isEqualTo(200);
		Thread.sleep(500);
		assertThat(telegram.messages(ada.chatId())).hasSize(1);
	}

	@Test
	void reportsHealthWithMongoAndServesPrometheusMetrics() throws Exception {
		var health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"mongo\"");
		var metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("market_updates_handled_total", "market_updates_latency_seconds",
				"market_telegram_rate_limited_total");
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
