package dev.marketassist.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;

/**
 * The MongoDB the persistence tests run against: a fresh embedded server (mongo-java-server, in
 * memory) by default; with {@code -Preal-mongo}, the server of {@code MONGODB_TEST_URI} (system
 * property {@value #PROPERTY}), each test on databases of its own ({@code <name>-<random>},
 * dropped when it stops). A real server that cannot be reached fails the test at once, saying so.
 */
public final class TestMongo {

	/** The system property the {@code real-mongo} Maven profile sets from {@code MONGODB_TEST_URI}. */
	public static final String PROPERTY = "market.test.mongodb-uri";

	private TestMongo() {
	}

	/** The real server's connection string, or {@code null} on the embedded server. */
	public static String external() {
		String uri = System.getProperty(PROPERTY);
		return (uri == null || uri.isBlank()) ? null : uri.strip();
	}

	/** Whether the tests run on a real MongoDB ({@code -Preal-mongo}). */
	public static boolean real() {
		return external() != null;
	}

	/** A server for one test: a new embedded one, or the real one. Stop it with {@link Server#shutdownNow()}. */
	public static Server start() {
		String external = external();
		if (external == null) {
			MongoServer embedded = new MongoServer(new MemoryBackend());
			return new Server(embedded.bindAndGetConnectionString(), false, embedded::shutdownNow);
		}
		checkReachable(external);
		return new Server(external, true, () -> {
		});
	}

	/**
	 * A database for applications one test starts itself, called {@code name}: on the embedded server, one
	 * the first application starts (bound to a free port); on a real server, {@code <name>-<random>}.
	 */
	public static Shared shared(String name) {
		String external = external();
		if (external != null) {
			checkReachable(external);
			String database = name + "-" + UUID.randomUUID().toString().substring(0, 8);
			String uri = withDatabase(external, database);
			return new Shared(uri, List.of("--spring.mongodb.uri=" + uri, "--spring.mongodb.database=" + database));
		}
		int port = freePort();
		return new Shared("mongodb://127.0.0.1:" + port + "/market",
				List.of("--market.embedded-mongo.backend=memory", "--market.embedded-mongo.port=" + port));
	}

	/**
	 * Where applications find a shared database.
	 * @param uri the connection string with the database, for an instance started with {@code MONGODB_URI}
	 * @param applicationArguments what the first instance is started with
	 */
	public record Shared(String uri, List<String> applicationArguments) {
	}

	/** A server one test uses; on a real server the databases it named are dropped when it stops. */
	public static final class Server {

		private final String uri;

		private final boolean real;

		private final Runnable stop;

		private final List<String> databases = new CopyOnWriteArrayList<>();

		Server(String uri, boolean real, Runnable stop) {
			this.uri = uri;
			this.real = real;
			this.stop = stop;
		}

		/** The connection string (without a database on the embedded server). */
		public String bindAndGetConnectionString() {
			return uri;
		}

		/** The database to use for {@code name}: itself on the embedded server, a fresh {@code <name>-<random>} on a real one. */
		public String database(String name) {
			if (!real) {
				return name;
			}
			String database = name + "-" + UUID.randomUUID().toString().substring(0, 8);
			databases.add(database);
			return database;
		}

		public void shutdownNow() {
			if (real && !databases.isEmpty()) {
				try (MongoClient client = MongoClients.create(uri)) {
					databases.forEach(database -> client.getDatabase(database).drop());
				}
			}
			stop.run();
		}

	}

	/** {@code uri} naming {@code database} instead of its own (options kept). */
	public static String withDatabase(String uri, String database) {
		int hosts = uri.indexOf("://") + 3;
		int path = uri.indexOf('/', hosts);
		int query = uri.indexOf('?', hosts);
		String head = uri.substring(0, path >= 0 ? path : (query >= 0 ? query : uri.length()));
		String options = query >= 0 ? uri.substring(query) : "";
		return head + "/" + database + options;
	}

	/** Why the real server could not be reached, once found (the other tests then fail at once). */
	private static volatile IllegalStateException unreachable;

	private static void checkReachable(String uri) {
		if (unreachable != null) {
			throw unreachable;
		}
		MongoClientSettings settings = MongoClientSettings.builder()
			.applyConnectionString(new ConnectionString(uri))
			.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(5, TimeUnit.SECONDS))
			.build();
		try (MongoClient client = MongoClients.create(settings)) {
			client.getDatabase("admin").runCommand(new Document("ping", 1));
		}
		catch (RuntimeException ex) {
			throw unreachable = new IllegalStateException("MONGODB_TEST_URI (" + PROPERTY + ") " + uri.replaceAll("//[^@/]*@", "//…@")
					+ " cannot be reached: " + ex.getMessage(), ex);
		}
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
