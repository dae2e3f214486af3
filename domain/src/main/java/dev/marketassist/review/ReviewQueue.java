package dev.marketassist.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The reviewers' queue: pending tickets (open or claimed) by due date, so overdue ones come
 * first, with counts; and the tickets that became overdue and were not announced yet.
 */
@Service
public class ReviewQueue {

	private final MongoTemplate mongo;

	private final Clock clock;

	public ReviewQueue(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** What the queue holds now. */
	public record Summary(List<ReviewTicket> tickets, long open, long claimed, long overdue) {
	}

	/** Pending tickets, the earliest due first (overdue ones lead), at most {@code limit}; counts are of all. */
	public Summary pending(int limit) {
		Instant now = clock.instant();
		List<ReviewTicket> first = mongo.find(Query.query(where("status").in(ReviewStatus.OPEN, ReviewStatus.CLAIMED))
			.with(Sort.by("dueAt", "submittedAt"))
			.limit(limit), ReviewTicket.class);
		long open = mongo.count(Query.query(where("status").is(ReviewStatus.OPEN)), ReviewTicket.class);
		long claimed = mongo.count(Query.query(where("status").is(ReviewStatus.CLAIMED)), ReviewTicket.class);
		long overdue = mongo.count(Query.query(where("status").in(ReviewStatus.OPEN, ReviewStatus.CLAIMED).and("dueAt").lte(now)),
				ReviewTicket.class);
		return new Summary(first, open, claimed, overdue);
	}

	/** Tickets of a status (all statuses: {@code null}), the earliest due first. */
	public List<ReviewTicket> list(ReviewStatus status, int limit) {
		Query query = status == null ? new Query() : Query.query(where("status").is(status));
		return mongo.find(query.with(Sort.by("dueAt", "submittedAt")).limit(limit), ReviewTicket.class);
	}

	/** Pending tickets past their due time whose overdue alert was not recorded yet. */
	public List<ReviewTicket> unannouncedOverdue(int limit) {
		return mongo.find(Query.query(where("status").in(ReviewStatus.OPEN, ReviewStatus.CLAIMED)
			.and("dueAt")
			.lte(clock.instant())
			.and("overdueAlertedAt")
			.is(null)).with(Sort.by("dueAt")).limit(limit), ReviewTicket.class);
	}

	/** Records that the overdue alert of a ticket was queued. */
	public void overdueAnnounced(String ticketId) {
		mongo.updateFirst(Query.query(where("_id").is(ticketId)),
				new Update().set("overdueAlertedAt", clock.instant()).inc("version", 1), ReviewTicket.class);
	}

}
