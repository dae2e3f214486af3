package dev.marketassist.bot.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import dev.marketassist.core.schedule.DueTask;
import dev.marketassist.core.schedule.DueTasks;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The scheduler's guarantees on a MongoDB server: idempotent scheduling, one claim per due task
 * among competing runners, a dead runner's task claimed again after its lease, rescheduling,
 * cancelling. A subclass gives the server: {@link #mongo()}, any {@link MongoTemplate} (the
 * embedded server's backends, a real MongoDB). Uses kinds of its own and removes only those.
 */
public abstract class DueTaskScenarios {

	protected static final String REMINDER = "scenario-reminder";

	protected static final String OTHER = "scenario-other";

	protected final Instant now = Instant.parse("2026-11-23T02:00:00Z");

	/** The server to run on. */
	protected abstract MongoTemplate mongo();

	/** Starts the server, where the subclass starts one per test (before the scenarios' own set-up). */
	protected void connect() {
	}

	@BeforeEach
	void cleanAndIndex() {
		connect();
		MongoTemplate mongo = mongo();
		mongo.remove(Query.query(where("kind").in(REMINDER, OTHER)), DueTask.class);
		// the application creates them (auto-index-creation); here also where the template does not
		new MongoPersistentEntityIndexResolver((MongoMappingContext) mongo.getConverter().getMappingContext())
			.resolveIndexFor(DueTask.class)
			.forEach(index -> mongo.indexOps(DueTask.class).createIndex(index));
	}

	protected DueTasks at(Instant instant) {
		return new DueTasks(mongo(), Clock.fixed(instant, ZoneOffset.UTC));
	}

	@Test
	void schedulesOncePerId() {
		DueTasks tasks = at(now);
		assertThat(tasks.schedule("r:1", REMINDER, "o1", now, Map.of("n", "1"))).isTrue();
		assertThat(tasks.schedule("r:1", REMINDER, "o1", now.plusSeconds(60), Map.of())).isFalse();
		assertThat(tasks.find("r:1").orElseThrow().dueAt()).isEqualTo(now);
		assertThat(tasks.find("r:1").orElseThrow().data()).containsEntry("n", "1");
	}

	@Test
	void createsTheIndexesTheClaimAndTheSubjectLookupUse() {
		assertThat(mongo().indexOps(DueTask.class).getIndexInfo()).extracting(IndexInfo::getName)
			.contains(DueTask.DUE_INDEX, DueTask.SUBJECT_INDEX);
	}

	@Test
	void claimsOnlyDueTasksOfTheKindEarliestFirst() {
		DueTasks tasks = at(now);
		tasks.schedule("a", REMINDER, "o1", now.minusSeconds(10), null);
		tasks.schedule("b", REMINDER, "o2", now.minusSeconds(20), null);
		tasks.schedule("c", REMINDER, "o3", now.plusSeconds(10), null);
		tasks.schedule("d", OTHER, "o4", now.minusSeconds(30), null);
		tasks.schedule("e", REMINDER, "o5", now, null);
		assertThat(tasks.claimDue(REMINDER, 10, Duration.ofMinutes(1))).extracting(DueTask::id).containsExactly("b", "a", "e");
		assertThat(tasks.claimDue(REMINDER, 10, Duration.ofMinutes(1))).as("claimed ones are not claimed again").isEmpty();
		assertThat(tasks.find("a").orElseThrow().claimedUntil()).isEqualTo(now.plusSeconds(60));
	}

	@Test
	void claimsAtMostTheLimitEarliestFirstAndTheRestNext() {
		DueTasks tasks = at(now);
		for (int i = 0; i < 5; i++) {
			tasks.schedule("t" + i, REMINDER, "o" + i, now.minusSeconds(100 - i), null);
		}
		assertThat(tasks.claimDue(REMINDER, 2, Duration.ofMinutes(1))).extracting(DueTask::id).containsExactly("t0", "t1");
		assertThat(tasks.claimDue(REMINDER, 10, Duration.ofMinutes(1))).extracting(DueTask::id).containsExactly("t2", "t3", "t4");
	}

	@Test
	void aDeadRunnersTaskIsClaimedAgainOnlyAfterItsLease() {
		at(now).schedule("a", REMINDER, "o1", now.minusSeconds(10), null);
		assertThat(at(now).claimDue(REMINDER, 10, Duration.ofMinutes(2))).singleElement()
			.satisfies(task -> assertThat(task.attempts()).isEqualTo(1));
		// the runner dies: no complete
		assertThat(at(now.plusSeconds(60)).claimDue(REMINDER, 10, Duration.ofMinutes(2))).isEmpty();
		assertThat(at(now.plusSeconds(120)).claimDue(REMINDER, 10, Duration.ofMinutes(2))).isEmpty();
		assertThat(at(now.plusSeconds(121)).claimDue(REMINDER, 10, Duration.ofMinutes(2))).singleElement()
			.satisfies(task -> assertThat(task.attempts()).isEqualTo(2));
		assertThat(at(now.plusSeconds(121)).claimDue(REMINDER, 10, Duration.ofMinutes(2))).isEmpty();
	}

	@Test
	void letsCompetingRunnersClaimEachTaskOnce() throws Exception {
		DueTasks tasks = at(now);
		tasks.scheduleAll(IntStream.range(0, 200)
			.mapToObj(i -> new DueTasks.Planned("t" + i, REMINDER, "o" + i, now.minusSeconds(i), null))
			.toList());
		assertThat(compete(4, () -> at(now).claimDue(REMINDER, 200, Duration.ofMinutes(1)))).hasSize(200)
			.doesNotHaveDuplicates();
	}

	@Test
	void letsCompetingRunnersClaimInSmallBatchesEachTaskOnce() throws Exception {
		DueTasks tasks = at(now);
		for (int i = 0; i < 300; i++) {
			// over five minutes, and some not due yet
			tasks.schedule("t" + i, REMINDER, "o" + i, now.minusSeconds(i).plusSeconds(i % 7 == 0 ? 3600 : 0), null);
		}
		long due = IntStream.range(0, 300).filter(i -> i % 7 != 0).count();
		List<String> all = compete(4, () -> {
			List<DueTask> got = new ArrayList<>();
			List<DueTask> batch;
			do {
				batch = at(now).claimDue(REMINDER, 7, Duration.ofMinutes(1));
				got.addAll(batch);
			}
			while (!batch.isEmpty());
			return got;
		});
		assertThat(all).hasSize((int) due).doesNotHaveDuplicates();
		assertThat(at(now).claimDue(REMINDER, 1000, Duration.ofMinutes(1))).isEmpty();
	}

	private List<String> compete(int runners, Supplier<List<DueTask>> claim) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(runners);
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<List<DueTask>>> results = new ArrayList<>();
			for (int r = 0; r < runners; r++) {
				results.add(pool.submit(() -> {
					go.await();
					return claim.get();
				}));
			}
			go.countDown();
			List<String> all = new ArrayList<>();
			for (Future<List<DueTask>> result : results) {
				result.get().forEach(task -> all.add(task.id()));
			}
			return all;
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void claimsAnOverdueBacklogAtOnceEarliestFirst() {
		DueTasks tasks = at(now);
		tasks.schedule("recent", REMINDER, "o1", now.minus(Duration.ofMinutes(30)), null);
		tasks.schedule("old", REMINDER, "o2", now.minus(Duration.ofHours(5)), null);
		tasks.schedule("older", REMINDER, "o3", now.minus(Duration.ofDays(3)), null);
		assertThat(tasks.claimDue(REMINDER, 10, Duration.ofMinutes(1))).extracting(DueTask::id)
			.containsExactly("older", "old", "recent");
	}

	@Test
	void findsRescheduledTasksAtTheirNewTime() {
		DueTasks tasks = at(now);
		tasks.schedule("earlier", REMINDER, "o1", now.plusSeconds(3600), null);
		tasks.schedule("later", REMINDER, "o2", now.minusSeconds(10), null);
		tasks.reschedule("earlier", REMINDER, "o1", now.minusSeconds(30), null);
		tasks.reschedule("later", REMINDER, "o2", now.plusSeconds(600), null);
		assertThat(tasks.claimDue(REMINDER, 10, Duration.ofMinutes(1))).extracting(DueTask::id).containsExactly("earlier");
		tasks.complete("earlier");
		assertThat(at(now.plusSeconds(601)).claimDue(REMINDER, 10, Duration.ofMinutes(1))).extracting(DueTask::id)
			.containsExactly("later");
	}

	@Test
	void reschedulingAClaimedTaskFreesIt() {
		DueTasks tasks = at(now);
		tasks.schedule("a", REMINDER, "o1", now.minusSeconds(10), null);
		assertThat(tasks.claimDue(REMINDER, 10, Duration.ofMinutes(5))).hasSize(1);
		tasks.reschedule("a", REMINDER, "o1", now.minusSeconds(5), Map.of("n", "2"));
		assertThat(tasks.claimDue(REMINDER, 10, Duration.ofMinutes(5))).singleElement().satisfies(task -> {
			assertThat(task.attempts()).isEqualTo(1);
			assertThat(task.data()).containsEntry("n", "2");
		});
	}

	@Test
	void aTaskScheduledAgainAfterItWasCompletedIsClaimedOnce() {
		DueTasks tasks = at(now);
		tasks.schedule("a", REMINDER, "o1", now.minusSeconds(10), null);
		tasks.complete("a");
		tasks.schedule("a", REMINDER, "o1", now.minusSeconds(10), null);
		assertThat(tasks.claimDue(REMINDER, 10, Duration.ofMinutes(1))).extracting(DueTask::id).containsExactly("a");
		assertThat(tasks.claimDue(REMINDER, 10, Duration.ofMinutes(1))).isEmpty();
	}

	@Test
	void claimsTasksOfTheEarlierShape() {
		// as the scheduler before one document per task wrote them: with a version, one claimed by a runner that died
		mongo().insert(new Document("_id", "old").append("kind", REMINDER).append("subject", "o1")
			.append("dueAt", Date.from(now.minusSeconds(600))).append("claimedUntil", Date.from(now.minusSeconds(60)))
			.append("attempts", 1).append("rev", "65f0c0ffee").append("data", new Document("n", "1")), "due_tasks");
		assertThat(at(now).claimDue(REMINDER, 10, Duration.ofMinutes(1))).singleElement().satisfies(task -> {
			assertThat(task.id()).isEqualTo("old");
			assertThat(task.attempts()).isEqualTo(2);
			assertThat(task.data()).containsEntry("n", "1");
		});
	}

	@Test
	void schedulesManyAtOnceLeavingExistingOnesAsTheyAre() {
		DueTasks tasks = at(now);
		tasks.schedule("a", REMINDER, "o1", now.plusSeconds(3600), null);
		int added = tasks.scheduleAll(List.of(new DueTasks.Planned("a", REMINDER, "o1", now.minusSeconds(10), null),
				new DueTasks.Planned("b", REMINDER, "o2", now.minusSeconds(20), null),
				new DueTasks.Planned("c", REMINDER, "o3", now.minusSeconds(30), null)));
		assertThat(added).isEqualTo(2);
		assertThat(tasks.scheduleAll(List.of())).isZero();
		assertThat(tasks.find("a").orElseThrow().dueAt()).isEqualTo(now.plusSeconds(3600));
		assertThat(tasks.claimDue(REMINDER, 10, Duration.ofMinutes(1))).extracting(DueTask::id).containsExactly("c", "b");
		assertThat(mongo().count(Query.query(where("kind").is(REMINDER)), DueTask.class)).isEqualTo(3);
	}

	@Test
	void findsCancelsAndCompletesBySubject() {
		DueTasks tasks = at(now);
		tasks.schedule("a2", REMINDER, "o1", now.plusSeconds(20), null);
		tasks.schedule("a1", REMINDER, "o1", now.plusSeconds(10), null);
		tasks.schedule("b", OTHER, "o1", now, null);
		tasks.schedule("c", REMINDER, "o2", now, null);
		assertThat(tasks.findBySubject(REMINDER, "o1")).extracting(DueTask::id).containsExactly("a1", "a2");
		assertThat(tasks.cancel(REMINDER, "o1")).isEqualTo(2);
		assertThat(tasks.findBySubject(REMINDER, "o1")).isEmpty();
		assertThat(tasks.find("b")).isPresent();
		tasks.complete("c");
		assertThat(tasks.find("c")).isEmpty();
	}

}
