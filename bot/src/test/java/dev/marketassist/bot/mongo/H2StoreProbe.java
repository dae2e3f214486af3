package dev.marketassist.bot.mongo;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * Not a test: a probe of what the embedded store costs per session write, run by hand (README,
 * Performance). Process CPU per version-checked replace of a ~1 KB session document, 2,000
 * sessions, {_id, version} index, with 1 and 8 writers, for: the memory backend, the H2 backend
 * committing after every write (as before group commit), and {@link DurableH2Backend}.
 * <pre>java -cp bot/target/test-classes:bot/target/classes:$(cat cp.txt) dev.marketassist.bot.mongo.H2StoreProbe</pre>
 */
public final class H2StoreProbe {

	/** The H2 backend as it was: its own index maps, a commit after every write. */
	static final class CommitPerWrite extends H2Backend {

		CommitPerWrite(String file) {
			super(file);
		}

		@Override
		public Document handleCommand(Channel channel, String db, String command, Document query) {
			Document response = super.handleCommand(channel, db, command, query);
			if (command.equalsIgnoreCase("update") || command.equalsIgnoreCase("insert")) {
				commit();
			}
			return response;
		}

	}

	public static void main(String[] args) throws Exception {
		int writes = args.length > 0 ? Integer.parseInt(args[0]) : 6000;
		for (int round = 0; round < 2; round++) {
			for (int writers : new int[] { 1, 8 }) {
				run("memory", new MemoryBackend(), writers, writes);
				run("h2, commit per write (before)", new CommitPerWrite(temp()), writers, writes);
				run("h2, DurableH2Backend (after)", new DurableH2Backend(temp()), writers, writes);
			}
		}
	}

	private static String temp() throws Exception {
		return Files.createTempDirectory("h2probe").resolve("mongo.mv").toString();
	}

	private static void run(String name, MongoBackend backend, int writers, int writes) throws Exception {
		MongoServer server = new MongoServer(backend);
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			MongoCollection<org.bson.Document> sessions = client.getDatabase("market").getCollection("chat_sessions");
			sessions.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
			int count = 2000;
			for (int i = 0; i < count; i++) {
				sessions.insertOne(session(i, 0));
			}
			long[] versions = new long[count];
			warm(sessions, versions, 2000);
			long cpu = cpu();
			long start = System.nanoTime();
			ExecutorService pool = Executors.newFixedThreadPool(writers);
			List<Future<?>> done = new ArrayList<>();
			for (int w = 0; w < writers; w++) {
				int first = w;
				done.add(pool.submit(() -> {
					for (int n = first; n < writes; n += writers) {
						int i = (n * 7) % count;
						i = i - (i % writers) + first; // each writer keeps to its own sessions
						if (i >= count) {
							i = first;
						}
						update(sessions, versions, i);
					}
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
			pool.shutdown();
			double cpuMs = (cpu() - cpu) / 1e6 / writes;
			double wallMs = (System.nanoTime() - start) / 1e6 / writes;
			String extra = backend instanceof DurableH2Backend d
					? String.format(Locale.ROOT, ", %.2f commits per write", (double) d.commits() / d.writes()) : "";
			System.out.printf(Locale.ROOT, "%-32s writers %d: %.3f ms CPU per write (probe process), %.3f ms wall%s%n", name,
					writers, cpuMs, wallMs, extra);
		}
		finally {
			server.shutdownNow();
		}
	}

	private static void warm(MongoCollection<org.bson.Document> sessions, long[] versions, int n) {
		for (int k = 0; k < n; k++) {
			update(sessions, versions, (k * 7) % versions.length);
		}
	}

	private static void update(MongoCollection<org.bson.Document> sessions, long[] versions, int i) {
		long v = versions[i];
		long matched = sessions
			.replaceOne(new org.bson.Document("_id", "s" + i).append("version", v), session(i, v + 1))
			.getMatchedCount();
		if (matched != 1) {
			throw new IllegalStateException("lost the version of s" + i);
		}
		versions[i] = v + 1;
	}

	private static org.bson.Document session(int i, long version) {
		List<org.bson.Document> outbox = List.of(new org.bson.Document("key", "k" + version).append("text",
				"Please enter the company's unified social credit code (18 characters) " + i));
		return new org.bson.Document("_id", "s" + i).append("chatId", (long) i)
			.append("language", "zh-CN")
			.append("recentUpdates", List.of(version, version + 1, version + 2, version + 3))
			.append("outbox", outbox)
			.append("active", new org.bson.Document("dialog", "onboarding").append("step", "uscc")
				.append("answers", new org.bson.Document("company", "Example Cloud Co., Ltd. " + i).append("contact",
						"Zhang San"))
				.append("trail", List.of("agreement", "verified", "company")))
			.append("version", version);
	}

	private static long cpu() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private H2StoreProbe() {
	}

}
