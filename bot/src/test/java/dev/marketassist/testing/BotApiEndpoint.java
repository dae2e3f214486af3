package dev.marketassist.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import dev.marketassist.testing.StandInState.ChatRecord;
import dev.marketassist.testing.StandInState.Fault;
import dev.marketassist.testing.StandInState.FileRecord;
import dev.marketassist.testing.StandInState.StoredMessage;

/**
 * The HTTP side of the stand-in Bot API: routes {@code /bot<token>/<method>} and {@code /file/bot<token>/<path>},
 * runs each request through Telegram's checks (token, method, injected faults, spec, blocked chat, flood
 * limits), calls {@link BotApiMethods}, records an {@link ApiCall} and answers with Telegram's JSON envelope.
 */
final class BotApiEndpoint implements HttpHandler {

	private final String token;

	private final StandInState state;

	private final BotApiMethods methods;

	private final Object lock;

	private final AtomicInteger activeExchanges = new AtomicInteger();

	private final List<Consumer<SentMessage>> listeners = new CopyOnWriteArrayList<>();

	BotApiEndpoint(String token, StandInState state, BotApiMethods methods, Object lock) {
		this.token = token;
		this.state = state;
		this.methods = methods;
		this.lock = lock;
	}

	/** Told of every message the bot sent or edited, outside the lock (see {@link StandInBotApi#onBotMessage}). */
	void addListener(Consumer<SentMessage> listener) {
		this.listeners.add(listener);
	}

	/** The bot's message a successful call created or changed, as it is now, if anyone listens. */
	private SentMessage changedMessage(JsonNode result) {
		if (this.listeners.isEmpty() || result == null || !result.isObject() || !result.has("message_id")
				|| !result.path("chat").has("id")) {
			return null;
		}
		ChatRecord chat = this.state.chats.get(result.path("chat").path("id").asLong());
		StoredMessage message = (chat != null) ? chat.botMessages.get(result.path("message_id").asInt()) : null;
		return (message != null) ? this.state.snapshot(message) : null;
	}

	/** Requests being handled now (blocked long polls included). */
	int activeExchanges() {
		return this.activeExchanges.get();
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		this.activeExchanges.incrementAndGet();
		try {
			byte[] body = exchange.getRequestBody().readAllBytes();
			long roundTrip;
			synchronized (this.lock) {
				roundTrip = this.state.roundTripNanos;
			}
			pause(roundTrip / 2); // the request's way to Telegram
			Instant at = Instant.now();
			long nanoTime = System.nanoTime();
			String path = exchange.getRequestURI().getPath();
			if (path.startsWith("/file/bot")) {
				serveFile(exchange, path);
				return;
			}
			String method = "";
			String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
			ObjectNode params = Json.object();
			int status;
			ObjectNode response;
			// routing and parsing need no shared state: done before taking the lock, so requests
			// only queue for the part that reads and changes the chats
			BotApiSpec.Method spec = null;
			RuntimeException early = null;
			try {
				String[] route = route(path);
				method = route[1];
				if (!route[0].equals(this.token)) {
					throw new BotApiException(401, "Unauthorized");
				}
				spec = BotApiSpec.method(method).orElseThrow(() -> new BotApiException(404, "Not Found: method not found"));
				params = RequestBodies.parse(exchange.getRequestURI().getRawQuery(), contentType, body);
			}
			catch (RuntimeException ex) {
				early = ex;
			}
			SentMessage changed = null;
			synchronized (this.lock) {
				try {
					if (early != null) {
						throw early;
					}
					JsonNode result = execute(spec, params, nanoTime);
					response = Json.object();
					response.put("ok", true);
					response.set("result", result);
					status = 200;
					changed = changedMessage(result);
				}
				catch (BotApiException ex) {
					response = ex.toJson();
					status = ex.errorCode();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					response = new BotApiException(500, "Internal Server Error: the stand-in is shutting down").toJson();
					status = 500;
				}
				catch (RuntimeException ex) {
					ex.printStackTrace();
					response = new BotApiException(500, "Internal Server Error: stand-in failure: " + ex).toJson();
					status = 500;
				}
				if (status == 429) {
					this.state.rateLimited++;
				}
				if (status == 400 && response.path("description").asText().contains(BotApiMethods.NOT_MODIFIED)) {
					this.state.notModified++;
				}
				this.state.calls.add(new ApiCall(method, params.deepCopy(), status, response.deepCopy(), at, nanoTime,
						contentType));
				this.lock.notifyAll();
			}
			if (changed != null) {
				for (Consumer<SentMessage> listener : this.listeners) {
					listener.accept(changed);
				}
			}
			pause(roundTrip - roundTrip / 2); // the answer's way back
			if (status == StandInState.Fault.HANG) {
				hang(exchange);
				return;
			}
			send(exchange, status, "application/json", Json.write(response).getBytes(StandardCharsets.UTF_8));
		}
		finally {
			this.activeExchanges.decrementAndGet();
			exchange.close();
		}
	}

	/** The checks every request goes through in Telegram's order, then the method itself. */
	private JsonNode execute(BotApiSpec.Method spec, ObjectNode params, long nanoTime) throws InterruptedException {
		String name = spec.name().toLowerCase(Locale.ROOT);
		Fault fault = this.state.takeFault(name);
		if (fault != null) {
			throw fault.toException();
		}
		BotApiSpec.validate(spec, params);
		boolean editing = name.startsWith("edit");
		// Telegram's flood limits count new messages; edits (and callback answers) are free
		boolean sending = (name.startsWith("send") && !name.equals("sendchataction")) || name.startsWith("copy")
				|| name.startsWith("forward");
		Long chatId = (sending || editing || name.equals("sendchataction")) ? numericChatId(params) : null;
		if (chatId != null) {
			ChatRecord chat = this.state.chats.get(chatId);
			if (chat != null && chat.blocked) {
				throw new BotApiException(403, "Forbidden: bot was blocked by the user");
			}
		}
		boolean limited = sending && chatId != null && this.state.floodLimits;
		if (limited) {
			int retryAfter = this.state.flood.retryAfter(chatId, nanoTime);
			if (retryAfter > 0) {
				throw BotApiException.tooManyRequests(retryAfter);
			}
		}
		JsonNode result = this.methods.invoke(spec, params);
		if (limited) {
			this.state.flood.record(chatId, nanoTime);
		}
		return result;
	}

	/** Headers of a 200 answer, then nothing for a minute: a connection that stalls mid-answer. */
	private static void hang(HttpExchange exchange) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, 100);
		exchange.getResponseBody().flush();
		pause(TimeUnit.MINUTES.toNanos(1));
	}

	private static void pause(long nanos) {
		if (nanos > 0) {
			try {
				TimeUnit.NANOSECONDS.sleep(nanos);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void serveFile(HttpExchange exchange, String path) throws IOException {
		// /file/bot<token>/<file_path>
		String rest = path.substring("/file/bot".length());
		int slash = rest.indexOf('/');
		FileRecord file = null;
		if (slash > 0 && rest.substring(0, slash).equals(this.token)) {
			String filePath = rest.substring(slash + 1);
			synchronized (this.lock) {
				file = this.state.files.values().stream().filter((f) -> f.path().equals(filePath)).findFirst().orElse(null);
			}
		}
		if (file == null) {
			send(exchange, 404, "application/json",
					Json.write(new BotApiException(404, "Not Found").toJson()).getBytes(StandardCharsets.UTF_8));
			return;
		}
		byte[] content = (file.content() != null) ? file.content()
				: new byte[(int) Math.min(file.size(), BotApiMethods.MAX_DOWNLOAD)];
		send(exchange, 200, "application/octet-stream", content);
	}

	private static void send(HttpExchange exchange, int status, String contentType, byte[] bytes) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/** {@code {token, method}} of {@code /bot<token>/<method>} (or {@code /bot<token>/test/<method>}). */
	private static String[] route(String path) {
		if (!path.startsWith("/bot")) {
			throw new BotApiException(404, "Not Found");
		}
		String rest = path.substring("/bot".length());
		int slash = rest.indexOf('/');
		if (slash < 0) {
			throw new BotApiException(404, "Not Found");
		}
		String method = rest.substring(slash + 1);
		if (method.startsWith("test/")) {
			method = method.substring("test/".length());
		}
		return new String[] { rest.substring(0, slash), method.toLowerCase(Locale.ROOT) };
	}

	private static Long numericChatId(ObjectNode params) {
		String text = Json.text(params.get("chat_id"));
		if (text == null) {
			return null;
		}
		try {
			return Long.valueOf(text.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
