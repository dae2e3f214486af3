package dev.marketassist.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.marketassist.testing.TestMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.query.Query;

/** Due tasks: idempotent scheduling, atomic claims shared by competing runners, leases. */
class DueTasksTests {

	final Instant now = Instant.parse("2026-11-23T02:00:00Z");

	TestMongo.Server server;

	MongoClient client;

	MongoTemplate mongo;

	@BeforeEach
	void start() {
		server = TestMongo.start();
		client = MongoClients.create(server.bindAndGetConnectionString());
		mongo = new MongoTemplate(client, server.database("tasks"));
		// the indexes the application creates (auto-index-creation); mongo-java-server accepts them
		var resolver = new MongoPersistentEntityIndexResolver((MongoMappingContext) mongo.getConverter().getMappingContext());
		resolver.resolveIndexFor(DueTask.class).forEach(index -> mongo.indexOps(DueTask.class).createIndex(index));
		resolver.resolveIndexFor(DueSlot.class).forEach(index -> mongo.indexOps(DueSlot.class).createIndex(index));
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
	void createsTheClaimIndexOnTheEmbeddedServer() {
		assertThat(mongo.indexOps(DueTask.class).getIndexInfo()).anySatisfy(index -> {
			assertThat(index.getName()).isEqualTo("claim");
			assertThat(index.isUnique()).isTrue();
		});
		assertThat(mongo.indexOps(DueSlot.class).getIndexInfo()).anySatisfy(index -> assertThat(index.getName()).isEqualTo("kind_at"));
	}

	@Test
	void letsCompetingRunnersClaimInSmallBatchesEachTaskOnce() throws Exception {
		DueTasks tasks = at(now);
		for (int i = 0; i < 600; i++) {
			// over ten minutes, and some not due yet
			tasks.schedule("t" + i, "reminder", "o" + i, now.minusSeconds(i % 600).plusSeconds(i % 7 == 0 ? 3600 : 0), null);
		}
		long due = 600 - java.util.stream.IntStream.range(0, 600).filter(i -> i % 7 == 0).count();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		CountDownLatch go = new CountDownLatch(1);
		Set<String> seen = ConcurrentHashMap.newKeySet();
		List<Future<List<String>>> runners = new ArrayList<>();
		for (int r = 0; r < 4; r++) {
			runners.add(pool.submit(() -> {
				go.await();
				DueTasks mine = at(now);
				List<String> got = new ArrayList<>();
				List<DueTask> batch;
				do {
					batch = mine.claimDue("reminder", 7, Duration.ofMinutes(1));
					batch.forEach(task -> got.add(task.id()));
				}
				while (!batch.isEmpty());
				return got;
			}));
		}
		go.countDown();
		List<String> all = new ArrayList<>();
		for (Future<List<String>> runner : runners) {
			all.addAll(runner.get());
		}
		pool.shutdown();
		seen.addAll(all);
		assertThat(all).hasSize((int) due).doesNotHaveDuplicates();
		assertThat(at(now).claimDue("reminder", 1000, Duration.ofMinutes(1))).isEmpty();
	}

	@Test
	void aDeadRunnersTaskIsClaimedAgainOnlyAfterItsLease() {
		at(now).schedule("a", "reminder", "o1", now.minusSeconds(10), null);
		assertThat(at(now).claimDue("reminder", 10, Duration.ofMinutes(2))).hasSize(1);
		// the runner dies: no complete
		assertThat(at(now.plusSeconds(60)).claimDue("reminder", 10, Duration.ofMinutes(2))).isEmpty();
		assertThat(at(now.plusSeconds(119)).claimDue("reminder", 10, Duration.ofMinutes(2))).isEmpty();
		assertThat(at(now.plusSeconds(121)).claimDue("reminder", 10, Duration.ofMinutes(2))).singleElement()
			.satisfies(task -> assertThat(task.attempts()).isEqualTo(2));
		assertThat(at(now.plusSeconds(121)).claimDue("reminder", 10, Duration.ofMinutes(2))).isEmpty();
	}

	@Test
	void completedTasksLeaveNoSlotsBehind() {
		DueTasks tasks = at(now);
		for (int i = 0; i < 30; i++) {
			tasks.schedule("t" + i, "reminder", "o" + i, now.minusSeconds(i * 10L), null);
		}
		tasks.schedule("later", "reminder", "o", now.plusSeconds(3600), null);
		tasks.claimDue("reminder", 100, Duration.ofMinutes(1)).forEach(task -> tasks.complete(task.id()));
		tasks.schedule("gone", "reminder", "o", now.minusSeconds(5), null);
		tasks.complete("gone");
		// after the leases: the entries of completed tasks are dropped, emptied slots deleted
		assertThat(at(now.plusSeconds(120)).claimDue("reminder", 100, Duration.ofMinutes(1))).isEmpty();
		assertThat(mongo.findAll(DueSlot.class)).singleElement()
			.satisfies(slot -> assertThat(slot.e()).singleElement().asString().endsWith(":later"));
	}

	@Test
	void findsRescheduledTasksAtTheirNewTime() {
		DueTasks tasks = at(now);
		tasks.schedule("earlier", "reminder", "o1", now.plusSeconds(3600), null);
		tasks.schedule("later", "reminder", "o2", now.minusSeconds(10), null);
		tasks.reschedule("earlier", "reminder", "o1", now.minusSeconds(30), null);
		tasks.reschedule("later", "reminder", "o2", now.plusSeconds(600), null);
		assertThat(tasks.claimDue("reminder", 10, Duration.ofMinutes(1))).extracting(DueTask::id).containsExactly("earlier");
		tasks.complete("earlier");
		assertThat(at(now.plusSeconds(601)).claimDue("reminder", 10, Duration.ofMinutes(1))).extracting(DueTask::id)
			.containsExactly("later");
	}

	@Test
	void aTaskScheduledAgainAfterItWasCompletedIsClaimedOnce() {
		DueTasks tasks = at(now);
		tasks.schedule("a", "reminder", "o1", now.minusSeconds(10), null);
		tasks.complete("a");
		tasks.schedule("a", "reminder", "o1", now.minusSeconds(10), null);
		assertThat(tasks.claimDue("reminder", 10, Duration.ofMinutes(1))).extracting(DueTask::id).containsExactly("a");
		assertThat(tasks.claimDue("reminder", 10, Duration.ofMinutes(1))).isEmpty();
	}

	@Test
	void claimsTasksWrittenBeforeVersionsExisted() {
		mongo.insert(new Document("_id", "old").append("kind", "reminder").append("subject", "o1")
			.append("dueAt", java.util.Date.from(now.minusSeconds(60))).append("attempts", 0), "due_tasks");
		assertThat(at(now).claimDue("reminder", 10, Duration.ofMinutes(1))).extracting(DueTask::id).containsExactly("old");
	}

	@Test
	void schedulesManyAtOnceLeavingExistingOnesAsTheyAre() {
		DueTasks tasks = at(now);
		tasks.schedule("a", "reminder", "o1", now.plusSeconds(3600), null);
		int added = tasks.scheduleAll(List.of(new DueTasks.Planned("a", "reminder", "o1", now.minusSeconds(10), null),
				new DueTasks.Planned("b", "reminder", "o2", now.minusSeconds(20), null),
				new DueTasks.Planned("c", "reminder", "o3", now.minusSeconds(30), null)));
		assertThat(added).isEqualTo(2);
		assertThat(tasks.find("a").orElseThrow().dueAt()).isEqualTo(now.plusSeconds(3600));
		assertThat(tasks.claimDue("reminder", 10, Duration.ofMinutes(1))).extracting(DueTask::id).containsExactly("c", "b");
		assertThat(mongo.count(new Query(), DueTask.class)).isEqualTo(3);
	}

	@Test
	void findsOlderSlotsAtTheNextFullScanAndRecentOnesAtOnce() {
		MutableClock clock = new MutableClock(now);
		DueTasks sweeper = new DueTasks(mongo, clock);
		assertThat(sweeper.claimDue("reminder", 10, Duration.ofMinutes(1))).as("full scan: nothing yet").isEmpty();
		// filed two hours ago (by a writer of then) and never swept, for example during downtime
		at(now.minus(Duration.ofHours(2))).schedule("old", "reminder", "o1", now.minus(Duration.ofHours(2)), null);
		at(now.minus(Duration.ofMinutes(30))).schedule("recent", "reminder", "o2", now.minus(Duration.ofMinutes(30)), null);
		at(now).schedule("overdue", "reminder", "o3", now.minus(Duration.ofHours(5)), null);
		clock.now = now.plusSeconds(60);
		assertThat(sweeper.claimDue("reminder", 10, Duration.ofHours(1))).as("the last hour, by id").extracting(DueTask::id)
			.containsExactlyInAnyOrder("recent", "overdue");
		clock.now = now.plus(Duration.ofMinutes(10));
		assertThat(sweeper.claimDue("reminder", 10, Duration.ofHours(1))).as("the next full scan").extracting(DueTask::id)
			.containsExactly("old");
	}

	@Test
	void sweepsABacklogByFullScansUntilItIsGone() {
		for (int i = 0; i < 30; i++) {
			Instant filed = now.minus(Duration.ofHours(3)).plusSeconds(i * 60L);
			at(filed).schedule("t" + i, "reminder", "o" + i, filed, null);
		}
		DueTasks sweeper = at(now);
		List<String> all = new ArrayList<>();
		for (int round = 0; round < 4; round++) {
			sweeper.claimDue("reminder", 10, Duration.ofMinutes(5)).forEach(task -> all.add(task.id()));
		}
		assertThat(all).hasSize(30).doesNotHaveDuplicates();
	}

	static final class MutableClock extends Clock {

		volatile Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

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
