package dev.marketassist.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.IntSupplier;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Calls to the application's REST API as the marketplace's systems make them: JSON, with an API
 * key ({@code X-Api-Key}) or without one. Part of the end-to-end fixture ({@link EndToEnd}).
 */
public final class RestCalls {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final IntSupplier port;

	private final String apiKey;

	/** Calls to the application on {@code port} (asked at each call: it may be known only later) with this key. */
	public RestCalls(IntSupplier port, String apiKey) {
		this.port = port;
		this.apiKey = apiKey;
	}

	/** Calls to a running application (its {@code local.server.port}) with this key. */
	public static RestCalls to(ConfigurableApplicationContext app, String apiKey) {
		return new RestCalls(() -> Integer.parseInt(app.getEnvironment().getProperty("local.server.port")), apiKey);
	}

	/** POSTs JSON with this fixture's key. */
	public HttpResponse<String> post(String path, String json) {
		return post(path, json, apiKey);
	}

	/** POSTs JSON with another key; {@code null}: none. */
	public HttpResponse<String> post(String path, String json, String key) {
		return send(request(path, key).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** GETs with this fixture's key. */
	public HttpResponse<String> get(String path) {
		return get(path, apiKey);
	}

	/** GETs with another key; {@code null}: none. */
	public HttpResponse<String> get(String path, String key) {
		return send(request(path, key).GET());
	}

	private HttpRequest.Builder request(String path, String key) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.getAsInt() + path));
		return key == null ? request : request.header("X-Api-Key", key);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
