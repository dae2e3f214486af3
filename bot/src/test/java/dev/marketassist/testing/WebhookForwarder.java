package dev.marketassist.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small round-robin load balancer for webhook requests, on 127.0.0.1: each POST goes to the next
 * instance in turn; an instance that does not answer (refused, reset, timed out, 5xx) is passed over
 * for a while, as a balancer's health check would, and the request goes to the next one. The answer
 * is the instance's; 502 if none answered.
 */
public final class WebhookForwarder implements AutoCloseable {

	private static final Duration DOWN_FOR = Duration.ofSeconds(5);

	private final List<URI> targets;

	private final HttpServer server;

	private final ExecutorService executor = Executors.newFixedThreadPool(32);

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final AtomicInteger next = new AtomicInteger();

	private final ConcurrentHashMap<URI, Long> downUntil = new ConcurrentHashMap<>();

	private WebhookForwarder(List<URI> targets) throws IOException {
		this.targets = List.copyOf(targets);
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
		this.server.createContext("/", this::forward);
		this.server.setExecutor(this.executor);
	}

	/** Starts a forwarder to these webhook URLs. */
	public static WebhookForwarder start(List<URI> targets) {
		try {
			WebhookForwarder forwarder = new WebhookForwarder(targets);
			forwarder.server.start();
			return forwarder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Where to POST the updates. */
	public URI uri() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/telegram/webhook");
	}

	/** A free port {@code p} whose neighbour {@code p + 1} was free too (an application's port and its management port). */
	public static int freePortPair() throws IOException {
		for (int attempt = 0; attempt < 50; attempt++) {
			try (ServerSocket first = new ServerSocket(0)) {
				int port = first.getLocalPort();
				if (port < 65535) {
					try (ServerSocket second = new ServerSocket(port + 1)) {
						return port;
					}
					catch (IOException taken) {
						// try another
					}
				}
			}
		}
		throw new IOException("no two neighbouring free ports");
	}

	private void forward(HttpExchange exchange) throws IOException {
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		String secret = exchange.getRequestHeaders().getFirst("X-Telegram-Bot-Api-Secret-Token");
		int first = Math.floorMod(this.next.getAndIncrement(), this.targets.size());
		int status = 502;
		for (int i = 0; i < this.targets.size() * 2 && status == 502; i++) {
			URI target = this.targets.get((first + i) % this.targets.size());
			boolean healthy = this.downUntil.getOrDefault(target, 0L) < System.nanoTime();
			if (!healthy && i < this.targets.size()) {
				continue; // passed over on the first round; tried on the second if nothing else answered
			}
			try {
				HttpRequest.Builder request = HttpRequest.newBuilder(target)
					.timeout(Duration.ofSeconds(30))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofByteArray(body));
				if (secret != null) {
					request.header("X-Telegram-Bot-Api-Secret-Token", secret);
				}
				int answered = this.client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
				if (answered >= 500) {
					markDown(target);
				}
				else {
					status = answered;
				}
			}
			catch (IOException ex) {
				markDown(target);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		exchange.sendResponseHeaders(status, -1);
		try (OutputStream out = exchange.getResponseBody()) {
			out.flush();
		}
	}

	private void markDown(URI target) {
		this.downUntil.put(target, System.nanoTime() + DOWN_FOR.toNanos());
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
