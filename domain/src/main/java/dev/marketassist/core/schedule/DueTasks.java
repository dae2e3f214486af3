package dev.marketassist.core.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The due tasks in MongoDB. Claiming is one {@code findAndModify} per task, conditional on the
 * task being free, so any number of instances can sweep at once and each task runs once; a
 * runner that dies leaves its claim to expire, and the task runs again after the lease.
 */
@Repository
public class DueTasks {

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

	/** Moves a task to another time (creating it if missing) and frees it. */
	public void reschedule(String id, String kind, String subject, Instant dueAt, Map<String, String> data) {
		mongo.save(new DueTask(id, kind, subject, dueAt, null, 0, data));
	}

	/**
	 * Claims up to {@code limit} tasks of {@code kind} that are due now and free, each for
	 * {@code lease}; the earliest due first. One query finds the ids of the candidates (by
	 * {@code kind} and {@code dueAt}: indexed on MongoDB; the embedded server scans), then each
	 * is claimed by its id with a {@code findAndModify} that is conditional on the task still being due and free, so a task another
	 * runner took meanwhile is skipped: the cost grows with the number due, not with every task
	 * (a {@code findAndModify} with a sort per task would look at all of them each time).
	 */
	public List<DueTask> claimDue(String kind, int limit, Duration lease) {
		Instant now = clock.instant();
		List<DueTask> claimed = new ArrayList<>();
		while (claimed.size() < limit) {
			int wanted = limit - claimed.size();
			Query due = Query.query(new Criteria().andOperator(where("kind").is(kind), where("dueAt").lte(now), free(now)))
				.with(Sort.by("dueAt"))
				.limit(wanted);
			due.fields().include("_id");
			List<Document> candidates = mongo.find(due, Document.class, mongo.getCollectionName(DueTask.class));
			for (Document candidate : candidates) {
				// _id at the top level: found through the _id index (also by the embedded server)
				Query claim = Query.query(where("_id").is(candidate.get("_id")).and("dueAt").lte(now)
					.orOperator(where("claimedUntil").is(null), where("claimedUntil").lt(now)));
				DueTask task = mongo.findAndModify(claim, new Update().set("claimedUntil", now.plus(lease)).inc("attempts", 1),
						FindAndModifyOptions.options().returnNew(true), DueTask.class);
				if (task != null) {
					claimed.add(task);
				}
			}
			if (candidates.size() < wanted) {
				break;
			}
		}
		return claimed;
	}

	private static Criteria free(Instant now) {
		return new Criteria().orOperator(where("claimedUntil").is(null), where("claimedUntil").lt(now));
	}

	/** Done: removes the task. */
	public void complete(String id) {
		mongo.remove(Query.query(where("_id").is(id)), DueTask.class);
	}

	/** Removes every task of {@code kind} about {@code subject} (for example when an order is confirmed). */
	public long cancel(String kind, String subject) {
		return mongo.remove(Query.query(where("kind").is(kind).and("subject").is(subject)), DueTask.class).getDeletedCount();
	}

	public Optional<DueTask> find(String id) {
		return Optional.ofNullable(mongo.findById(id, DueTask.class));
	}

	public List<DueTask> findBySubject(String kind, String subject) {
		return mongo.find(Query.query(where("kind").is(kind).and("subject").is(subject)).with(Sort.by("dueAt")), DueTask.class);
	}

}
