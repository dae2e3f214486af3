package dev.marketassist.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Due tasks: idempotent scheduling, atomic claims shared by competing runners, leases. */
class DueTasksTests {

	final Instant now = Instant.parse("2026-11-23T02:00:00Z");

	MongoServer server;

	MongoClient client;

	MongoTemplate mongo;

	@BeforeEach
	void start() {
		server = new MongoServer(new MemoryBackend());
		client = MongoClients.create(server.bindAndGetConnectionString());
		mongo = new MongoTemplate(client, "tasks");
	}

	@AfterEach
	void stop() {
		client.close();
		server.shutdownNow();
	}

	DueTasks at(Instant instant) {
		return new DueTasks(mongo, Clock.fixed(instant, ZoneOffset.UTC));
	}

	@Test
	void schedulesOncePerId() {
		DueTasks tasks = at(now);
		assertThat(tasks.schedule("r:1", "reminder", "o1", now, Map.of("n", "1"))).isTrue();
		assertThat(tasks.schedule("r:1", "reminder", "o1", now.plusSeconds(60), Map.of())).isFalse();
		assertThat(tasks.find("r:1").orElseThrow().dueAt()).isEqualTo(now);
	}

	@Test
	void claimsOnlyDueTasksOfTheKindEarliestFirst() {
		DueTasks tasks = at(now);
		tasks.schedule("a", "reminder", "o1", now.minusSeconds(10), null);
		tasks.schedule("b", "reminder", "o2", now.minusSeconds(20), null);
		tasks.schedule("c", "reminder", "o3", now.plusSeconds(10), null);
		tasks.schedule("d", "other", "o4", now.minusSeconds(30), null);
		assertThat(tasks.claimDue("reminder", 10, Duration.ofMinutes(1))).extracting(DueTask::id).containsExactly("b", "a");
		assertThat(tasks.claimDue("reminder", 10, Duration.ofMinutes(1))).as("claimed ones are not claimed again").isEmpty();
	}

	@Test
	void givesATaskAgainAfterItsLeaseExpired() {
		at(now).schedule("a", "reminder", "o1", now.minusSeconds(10), null);
		assertThat(at(now).claimDue("reminder", 10, Duration.ofMinutes(1))).hasSize(1);
		assertThat(at(now.plusSeconds(61)).claimDue("reminder", 10, Duration.ofMinutes(1))).singleElement()
			.satisfies(task -> assertThat(task.attempts()).isEqualTo(2));
	}

	@Test
	void letsCompetingRunnersClaimEachTaskOnce() throws Exception {
		DueTasks tasks = at(now);
		for (int i = 0; i < 200; i++) {
			tasks.schedule("t" + i, "reminder", "o" + i, now.minusSeconds(i), null);
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<List<DueTask>>> runners = new ArrayList<>();
		for (int r = 0; r < 4; r++) {
			runners.add(pool.submit(() -> {
				go.await();
				return at(now).claimDue("reminder", 200, Duration.ofMinutes(1));
			}));
		}
		go.countDown();
		List<String> all = new ArrayList<>();
		for (Future<List<DueTask>> runner : runners) {
			runner.get().forEach(task -> all.add(task.id()));
		}
		pool.shutdown();
		assertThat(all).hasSize(200).doesNotHaveDuplicates();
	}

	@Test
	void cancelsAndCompletes() {
		DueTasks tasks = at(now);
		tasks.schedule("a", "reminder", "o1", now, null);
		tasks.schedule("b", "reminder", "o1", now, null);
		tasks.schedule("c", "reminder", "o2", now, null);
		assertThat(tasks.cancel("reminder", "o1")).isEqualTo(2);
		tasks.complete("c");
		assertThat(tasks.find("c")).isEmpty();
	}

}
