package dev.marketassist.bot.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write acknowledged by the embedded server survives a hard kill of the process right after
 * it: a second JVM writes and is killed with SIGKILL at once, then the file is reopened.
 */
class DurableH2BackendTests {

	@TempDir
	Path dir;

	@Test
	void keepsAnAcknowledgedWriteAcrossAHardKill() throws Exception {
		Path file = dir.resolve("mongo.mv");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Writer.class.getName(),
				file.toString())
			.redirectErrorStream(true)
			.start();
		try (var out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null && !line.equals("ACKNOWLEDGED")) {
				// skip log lines until the write was acknowledged
			}
			assertThat(line).isEqualTo("ACKNOWLEDGED");
			writer.destroyForcibly(); // SIGKILL: no shutdown hook, no MVStore close
		}
		assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();

		MongoServer server = new MongoServer(new DurableH2Backend(file.toString()));
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			Document found = client.getDatabase("market").getCollection("chat_sessions").find(new Document("_id", "7:7")).first();
			assertThat(found).isNotNull();
			assertThat(found.getString("step")).isEqualTo("uscc");
		}
		finally {
			server.shutdownNow();
		}
	}

	/**
	 * A commit writes each changed page whole: the store's pages are small, so a changed session
	 * does not mean encoding the documents stored beside it again.
	 */
	@Test
	void aChangedDocumentSharesItsPageWithFewOthers() {
		DurableH2Backend backend = new DurableH2Backend(dir.resolve("mongo.mv").toString());
		EmbeddedBackends.withSessions(backend, (sessions) -> {
			for (int i = 0; i < 300; i++) {
				sessions.insertOne(BsonDocumentTypeTests.session(i).append("html", "x".repeat(700)));
			}
			MVStore store = backend.getMvStore();
			String data = store.getMapNames().stream().filter((name) -> name.endsWith("market.chat_sessions") && !name.startsWith("meta.")).findFirst().orElseThrow();
			List<Integer> leaves = new ArrayList<>();
			collectLeaves(store.openMap(data).getRootPage(), leaves);

			assertThat(leaves.stream().mapToInt(Integer::intValue).sum()).isEqualTo(300);
			assertThat(leaves).hasSizeGreaterThan(100).allSatisfy((documents) -> assertThat(documents).isLessThanOrEqualTo(3));
		});
	}

	private static void collectLeaves(Page<?, ?> page, List<Integer> leaves) {
		if (page.isLeaf()) {
			leaves.add(page.getKeyCount());
			return;
		}
		for (int i = 0; i <= page.getKeyCount(); i++) {
			collectLeaves(page.getChildPage(i), leaves);
		}
	}

	/**
	 * Many writers at once (so commits are shared), killed while they are still writing: every
	 * write acknowledged before the kill is in the reopened file.
	 */
	@Test
	void keepsEveryAcknowledgedConcurrentWriteAcrossAHardKill() throws Exception {
		Path file = dir.resolve("mongo.mv");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				ConcurrentWriters.class.getName(), file.toString())
			.redirectErrorStream(true)
			.start();
		java.util.List<String> acknowledged = new java.util.ArrayList<>();
		long commits = -1;
		long writes = -1;
		try (var out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null && acknowledged.size() < 400) {
				if (line.startsWith("ACK ")) {
					acknowledged.add(line.substring(4));
				}
				else if (line.startsWith("COMMITS ")) {
					String[] parts = line.split(" ");
					commits = Long.parseLong(parts[1]);
					writes = Long.parseLong(parts[2]);
				}
			}
			writer.destroyForcibly(); // SIGKILL while the writers are still writing
		}
		assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
		assertThat(acknowledged).hasSize(400);
		// the writers shared commits: a report came after the first 200 acknowledgements
		assertThat(writes).isPositive();
		assertThat(commits).isPositive().isLessThanOrEqualTo(writes);

		MongoServer server = new MongoServer(new DurableH2Backend(file.toString()));
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			var sessions = client.getDatabase("market").getCollection("chat_sessions");
			java.util.Set<String> stored = new java.util.HashSet<>();
			sessions.find().forEach(d -> stored.add(d.getString("_id") + "@" + d.getInteger("n")));
			for (String ack : acknowledged) {
				String id = ack.substring(0, ack.indexOf('@'));
				int n = Integer.parseInt(ack.substring(ack.indexOf('@') + 1));
				Document found = sessions.find(new Document("_id", id)).first();
				assertThat(found).as("acknowledged %s", ack).isNotNull();
				assertThat(found.getInteger("n")).as("acknowledged %s", ack).isGreaterThanOrEqualTo(n);
			}
		}
		finally {
			server.shutdownNow();
		}
	}

	/**
	 * Runs in the second JVM: 8 writers, each inserting its document and then updating it
	 * ({@code n} counts up), printing {@code ACK id@n} after each acknowledged write; after 200
	 * acknowledgements it prints {@code COMMITS <commits> <writes>}.
	 */
	public static final class ConcurrentWriters {

		public static void main(String[] args) throws Exception {
			DurableH2Backend backend = new DurableH2Backend(args[0]);
			MongoServer server = new MongoServer(backend);
			MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
			var sessions = client.getDatabase("market").getCollection("chat_sessions");
			java.util.concurrent.atomic.AtomicInteger acks = new java.util.concurrent.atomic.AtomicInteger();
			Object out = new Object();
			for (int w = 0; w < 8; w++) {
				String id = "w" + w;
				Thread writer = new Thread(() -> {
					sessions.insertOne(new Document("_id", id).append("n", 0));
					for (int n = 1; n < 100_000; n++) {
						sessions.updateOne(new Document("_id", id), new Document("$set", new Document("n", n)));
						synchronized (out) {
							System.out.println("ACK " + id + "@" + n);
							if (acks.incrementAndGet() == 200) {
								System.out.println("COMMITS " + backend.commits() + " " + backend.writes());
							}
							System.out.flush();
						}
					}
				});
				writer.setDaemon(true);
				writer.start();
			}
			Thread.sleep(120_000);
		}

	}

	/** Runs in the second JVM: writes one document, reports, and waits to be killed. */
	public static final class Writer {

		public static void main(String[] args) throws Exception {
			MongoServer server = new MongoServer(new DurableH2Backend(args[0]));
			MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
			client.getDatabase("market").getCollection("chat_sessions").insertOne(new Document("_id", "7:7").append("step", "company"));
			client.getDatabase("market")
				.getCollection("chat_sessions")
				.updateOne(new Document("_id", "7:7"), new Document("$set", new Document("step", "uscc")));
			System.out.println("ACKNOWLEDGED");
			System.out.flush();
			Thread.sleep(60_000);
		}

	}

}
