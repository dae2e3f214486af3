package dev.marketassist.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.UUID;

/**
 * The MongoDB a test that starts applications of its own runs against: the embedded server by
 * default; with {@code -Preal-mongo}, the server of {@code MONGODB_TEST_URI} (system property
 * {@code market.test.mongodb-uri}), on a database of the test's own.
 */
public final class TestMongo {

	/** The system property the {@code real-mongo} Maven profile sets from {@code MONGODB_TEST_URI}. */
	public static final String PROPERTY = "market.test.mongodb-uri";

	/**
	 * Where applications find the database.
	 * @param uri the connection string with the database, for an instance started with {@code MONGODB_URI}
	 * @param applicationArguments what the first instance is started with: its embedded server bound to the
	 * URI's port, or the real server's URI
	 */
	public record Server(String uri, List<String> applicationArguments) {
	}

	private TestMongo() {
	}

	/** The real server's connection string, or {@code null} on the embedded server. */
	public static String external() {
		String uri = System.getProperty(PROPERTY);
		return (uri == null || uri.isBlank()) ? null : uri.strip();
	}

	/** A database for applications started by one test, called {@code name} (made unique on a real server). */
	public static Server shared(String name) {
		String external = external();
		if (external != null) {
			String uri = withDatabase(external, name + "-" + UUID.randomUUID().toString().substring(0, 8));
			return new Server(uri, List.of("--spring.mongodb.uri=" + uri));
		}
		int port = freePort();
		return new Server("mongodb://127.0.0.1:" + port + "/market",
				List.of("--market.embedded-mongo.backend=memory", "--market.embedded-mongo.port=" + port));
	}

	/** {@code uri} naming {@code database} instead of its own (options kept). */
	static String withDatabase(String uri, String database) {
		int hosts = uri.indexOf("://") + 3;
		int path = uri.indexOf('/', hosts);
		int query = uri.indexOf('?', hosts);
		String head = uri.substring(0, path >= 0 ? path : (query >= 0 ? query : uri.length()));
		String options = query >= 0 ? uri.substring(query) : "";
		return head + "/" + database + options;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
