package dev.marketassist.bot.mongo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.marketassist.core.schedule.DueTask;
import dev.marketassist.core.schedule.DueTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * What a claim of due tasks costs on the embedded server with many tasks pending (not a test: it
 * prints numbers and asserts nothing). Run with
 * {@code mvn -B -q -pl bot -am test -Dtest=DueTasksBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dmarket.benchmark.due-tasks=true} ({@code -Dbenchmark.due.pending=100000 -Dbenchmark.due.due=1000}).
 */
@EnabledIfSystemProperty(named = "market.benchmark.due-tasks", matches = "true")
class DueTasksBenchmark {

	private static final String KIND = "order-reminder";

	final Instant now = Instant.parse("2026-11-23T02:00:00Z");

	final int pending = Integer.getInteger("benchmark.due.pending", 100_000);

	final int due = Integer.getInteger("benchmark.due.due", 1_000);

	@Test
	void claimCost() throws Exception {
		List<String> rows = new ArrayList<>();
		rows.add(run("memory (stock MemoryBackend)", MemoryBackend::new));
		rows.add(run("memory (as the application runs it)", EmbeddedBackends::memory));
		Path dir = Files.createTempDirectory("due-bench");
		rows.add(run("h2 (as the application runs it)", () -> EmbeddedBackends.h2(dir.resolve("mongo.mv").toString())));
		System.out.println();
		System.out.printf(Locale.ROOT, "Due tasks on the embedded server: %,d pending (future), %,d due%n", pending, due);
		System.out.println("| backend | schedule all (not a claim) | claim (100 a call) and complete all due: per task | of which the claims | "
				+ "empty claim (nothing due) | findBySubject |");
		System.out.println("|---|---|---|---|---|---|");
		rows.forEach(System.out::println);
		System.out.println(reopen(() -> EmbeddedBackends.h2(dir.resolve("mongo.mv").toString())));
	}

	/** The H2 file opened again (its secondary indexes built from the documents) until the first claim answers. */
	private String reopen(Supplier<MongoBackend> backend) {
		long start = System.nanoTime();
		MongoServer server = new MongoServer(backend.get());
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			new DueTasks(EmbeddedBackends.template(client), Clock.fixed(now, ZoneOffset.UTC)).claimDue(KIND, 1, Duration.ofMinutes(2));
			return String.format(Locale.ROOT, "H2 file with %,d tasks opened again until the first claim answered: %.1f s", pending,
					seconds(start));
		}
		finally {
			server.shutdownNow();
		}
	}

	private String run(String name, Supplier<MongoBackend> backend) {
		MongoServer server = new MongoServer(backend.get());
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			MongoTemplate mongo = EmbeddedBackends.template(client);
			DueTasks tasks = new DueTasks(mongo, Clock.fixed(now, ZoneOffset.UTC));
			long start = System.nanoTime();
			List<DueTasks.Planned> batch = new ArrayList<>();
			for (int i = 0; i < pending + due; i++) {
				boolean isDue = i % (pending / due + 1) == 0 && i / (pending / due + 1) < due;
				Instant at = isDue ? now.minusSeconds(60 + i % 600) : now.plus(Duration.ofMinutes(1 + i % (13 * 24 * 60)));
				batch.add(new DueTasks.Planned("t" + i, KIND, "order-" + i, at, Map.of("round", "1", "n", "1")));
				if (batch.size() == 5_000) {
					tasks.scheduleAll(batch);
					batch.clear();
				}
			}
			tasks.scheduleAll(batch);
			double scheduled = seconds(start);
			// the idle sweep first (an instance's first sweep of a kind may do extra work: warm it up)
			tasks.claimDue("other", 100, Duration.ofMinutes(2));
			start = System.nanoTime();
			long claimsOnly = 0;
			int claimed = 0;
			List<DueTask> got;
			do {
				long call = System.nanoTime();
				got = tasks.claimDue(KIND, 100, Duration.ofMinutes(2));
				claimsOnly += System.nanoTime() - call;
				claimed += got.size();
				got.forEach(task -> tasks.complete(task.id()));
			}
			// a slow server: a sample is enough
			while (!got.isEmpty() && seconds(start) < 20);
			double claiming = seconds(start);
			int rounds = 20;
			// nothing due (what a sample above left is removed): the cost of finding none among the pending
			mongo.remove(Query.query(where("kind").is(KIND).and("dueAt").lte(now)), DueTask.class);
			start = System.nanoTime();
			for (int i = 0; i < rounds; i++) {
				tasks.claimDue(KIND, 100, Duration.ofMinutes(2));
			}
			double empty = seconds(start) / rounds;
			start = System.nanoTime();
			for (int i = 0; i < rounds; i++) {
				tasks.findBySubject(KIND, "order-" + (i * 997 + 1));
			}
			double bySubject = seconds(start) / rounds;
			return String.format(Locale.ROOT, "| %s | %.1f s | %.3f ms (%,d claimed and completed in %.2f s) | %.3f ms | %.1f ms | %.1f ms |",
					name, scheduled, claiming * 1000 / Math.max(1, claimed), claimed, claiming, claimsOnly / 1e6 / Math.max(1, claimed),
					empty * 1000, bySubject * 1000);
		}
		finally {
			server.shutdownNow();
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

}
