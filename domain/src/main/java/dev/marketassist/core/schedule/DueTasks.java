package dev.marketassist.core.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The due tasks in MongoDB: one document per task ({@link DueTask}). A runner claims the next due
 * task with one {@code findAndModify}: the task of the kind that is due and free (never claimed,
 * or its lease ran out), earliest due first, gets a lease ({@code claimedUntil}) and one more
 * attempt, atomically, so of any number of runners one wins it. It is served by the index
 * {@code {kind, dueAt}} and costs what the tasks due cost, not what all tasks cost. Completing,
 * rescheduling and cancelling are single-document writes (cancelling: all of a subject's, by the
 * index {@code {kind, subject}}). A runner that dies leaves its task to be claimed again when the
 * lease runs out, so a task's effect must be checked against its subject before it is carried out.
 */
@Repository
public class DueTasks {

	private static final int DUPLICATE_KEY = 11000;

	private final MongoTemplate mongo;

	private final Clock clock;

	public DueTasks(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** Schedules a task; returns false if one with that id exists already (it is left as it is). */
	public boolean schedule(String id, String kind, String subject, Instant dueAt, Map<String, String> data) {
		try {
			mongo.insert(new DueTask(id, kind, subject, dueAt, null, 0, data));
			return true;
		}
		catch (DuplicateKeyException exists) {
			return false;
		}
	}

	/** A task to {@link #scheduleAll schedule}. */
	public record Planned(String id, String kind, String subject, Instant dueAt, Map<String, String> data) {
	}

	/**
	 * Schedules many tasks at once (one unordered insert); those whose id exists already are left
	 * as they are. Returns how many were new.
	 */
	public int scheduleAll(List<Planned> planned) {
		if (planned.isEmpty()) {
			return 0;
		}
		List<DueTask> tasks = planned.stream()
			.map(task -> new DueTask(task.id(), task.kind(), task.subject(), task.dueAt(), null, 0, task.data()))
			.toList();
		try {
			return mongo.bulkOps(BulkMode.UNORDERED, DueTask.class).insert(tasks).execute().getInsertedCount();
		}
		catch (BulkOperationException some) {
			// unordered: every one was tried; those that existed failed (counted by their errors, which every server reports)
			if (some.getErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
				throw some;
			}
			return tasks.size() - some.getErrors().size();
		}
	}

	/** Moves a task to another time (creating it if missing) and frees it. */
	public void reschedule(String id, String kind, String subject, Instant dueAt, Map<String, String> data) {
		mongo.save(new DueTask(id, kind, subject, dueAt, null, 0, data));
	}

	/**
	 * Claims up to {@code limit} tasks of {@code kind} that are due now and free, each for
	 * {@code lease}, the earliest due first. One read finds the candidates (on the index
	 * {@code {kind, dueAt}}), then each is claimed with its own {@code findAndModify} on its id,
	 * still only if free: one another runner won meanwhile is left out (this call returns fewer).
	 * Each is returned as claimed (new {@code claimedUntil} and {@code attempts}). Unlike repeated
	 * {@link #claimNext} calls, no search walks again past the tasks this call holds already (many
	 * tasks are due at the same minute).
	 */
	public List<DueTask> claimDue(String kind, int limit, Duration lease) {
		Instant now = clock.instant();
		Query due = Query.query(where("kind").is(kind).and("dueAt").lte(now).orOperator(free(now))).with(Sort.by("dueAt")).limit(limit);
		due.fields().include("_id");
		List<DueTask> claimed = new ArrayList<>();
		for (org.bson.Document candidate : mongo.find(due, org.bson.Document.class, mongo.getCollectionName(DueTask.class))) {
			Query stillFree = Query.query(where("_id").is(candidate.get("_id")).orOperator(free(now)));
			DueTask task = mongo.findAndModify(stillFree, claim(now, lease), FindAndModifyOptions.options().returnNew(true),
					DueTask.class);
			if (task != null) {
				claimed.add(task);
			}
		}
		return claimed;
	}

	/**
	 * Claims the earliest task of {@code kind} due at {@code now} and free (never claimed, or its
	 * lease ended before {@code now}) for {@code lease}: one {@code findAndModify} on the index
	 * {@code {kind, dueAt}}.
	 */
	public Optional<DueTask> claimNext(String kind, Instant now, Duration lease) {
		Query due = Query.query(where("kind").is(kind).and("dueAt").lte(now).orOperator(free(now))).with(Sort.by("dueAt"));
		return Optional.ofNullable(
				mongo.findAndModify(due, claim(now, lease), FindAndModifyOptions.options().returnNew(true), DueTask.class));
	}

	/** Never claimed, or its lease ended before {@code now}. */
	private static Criteria[] free(Instant now) {
		return new Criteria[] { where("claimedUntil").is(null), where("claimedUntil").lt(now) };
	}

	private static Update claim(Instant now, Duration lease) {
		return new Update().set("claimedUntil", now.plus(lease)).inc("attempts", 1);
	}

	/** Done: removes the task. */
	public void complete(String id) {
		mongo.remove(Query.query(where("_id").is(id)), DueTask.class);
	}

	/** Removes every task of {@code kind} about {@code subject} (for example when an order is confirmed). */
	public long cancel(String kind, String subject) {
		return mongo.remove(bySubject(kind, subject), DueTask.class).getDeletedCount();
	}

	public Optional<DueTask> find(String id) {
		return Optional.ofNullable(mongo.findById(id, DueTask.class));
	}

	/** The tasks of {@code kind} about {@code subject}, earliest due first (index {@code {kind, subject}}). */
	public List<DueTask> findBySubject(String kind, String subject) {
		return mongo.find(bySubject(kind, subject).with(Sort.by("dueAt")), DueTask.class);
	}

	private static Query bySubject(String kind, String subject) {
		return Query.query(where("kind").is(kind).and("subject").is(subject));
	}

}
