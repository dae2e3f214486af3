package dev.marketassist.bot.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.marketassist.MarketAssistantApplication;
import dev.marketassist.testing.EndToEnd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

/**
 * The whole application and its API keys: a short key or a malformed client list stops the
 * start with a message that names the problem but not the key; the legacy {@code MARKET_API_KEY}
 * is one client with every scope; without keys every REST call is 401. Actuator on the public
 * port stops the start too.
 */
@ExtendWith(OutputCaptureExtension.class)
class ApiKeyStartupTests {

	@Test
	void aShortKeyStopsTheStart(CapturedOutput output) {
		String shortKey = "only-twenty-six-characters";
		assertThatThrownBy(() -> start("--market.api.key=" + shortKey)).satisfies(failure -> assertThat(
				NestedExceptionUtils.getMostSpecificCause(failure).getMessage())
			.contains("MARKET_API_KEY: an API key must have at least 32 characters"));
		assertThat(output.getAll()).doesNotContain(shortKey);
	}

	@Test
	void aMalformedClientListStopsTheStart(CapturedOutput output) {
		String key = "k".repeat(40);
		assertThatThrownBy(() -> start("--market.api.keys=marketplace:orders;" + key)).satisfies(failure -> assertThat(
				NestedExceptionUtils.getMostSpecificCause(failure).getMessage())
			.contains("MARKET_API_KEYS, client 1: expected name:scope,scope:key"));
		assertThat(output.getAll()).doesNotContain(key);
	}

	@Test
	void theLegacyKeyReachesEveryScopeAndNoKeyNothing(CapturedOutput output) throws Exception {
		String key = "legacy-key-0123456789abcdefghijklmnop";
		try (ConfigurableApplicationContext app = start("--market.api-key=" + key)) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			assertThat(get(port, "/api/reviews", key)).isEqualTo(200);
			assertThat(get(port, "/api/orders/MK-NONE", key)).isEqualTo(404);
			assertThat(post(port, "/api/payments/FEE-NONE-1/confirm", key)).isEqualTo(404);
			assertThat(get(port, "/api/reviews", key + "x")).isEqualTo(401);
		}
		assertThat(output.getAll()).contains("REST API client 'marketplace' with scopes [orders, payments, reviews]")
			.doesNotContain(key);
		try (ConfigurableApplicationContext app = start()) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			assertThat(get(port, "/api/reviews", key)).isEqualTo(401);
			assertThat(get(port, "/api/reviews", "")).isEqualTo(401);
		}
	}

	@Test
	void actuatorOnThePublicPortStopsTheStart() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(MarketAssistantApplication.class).profiles("test")
			.run("--server.port=18999", "--management.server.port=18999", "--market.sandbox.enabled=false"))
			.satisfies(failure -> assertThat(NestedExceptionUtils.getMostSpecificCause(failure).getMessage())
				.contains("MANAGEMENT_SERVER_PORT (management.server.port) must differ from SERVER_PORT"));
	}

	private static ConfigurableApplicationContext start(String... args) {
		return EndToEnd.app().args("--market.sandbox.enabled=false").args(args).start();
	}

	private static int get(int port, String path, String key) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("X-Api-Key", key).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private static int post(int port, String path, String key) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("X-Api-Key", key)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"amount\": 5000, \"paymentId\": \"PAY-X\"}"))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}
