package dev.marketassist.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Carries a recorded decision out: publishes {@link ReviewDecided} (the shop is published, the
 * account change applied, the provider's operators are messaged) and then marks the ticket
 * settled. The decision is on the ticket before this runs, so a crash or a failing listener
 * leaves an unsettled ticket that {@link #settlePending} settles later; listeners are idempotent.
 * Each settling first claims the ticket for a lease in one conditional write, so two instances
 * never settle the same ticket at once.
 */
@Service
public class ReviewSettlement {

	private static final Logger log = LoggerFactory.getLogger(ReviewSettlement.class);

	private static final Duration LEASE = Duration.ofMinutes(2);

	private final MongoTemplate mongo;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public ReviewSettlement(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
		this.mongo = mongo;
		this.events = events;
		this.clock = clock;
	}

	/** Settles one decided ticket now; false if another runner holds it or it failed (it is retried later). */
	public boolean settle(String ticketId) {
		ReviewTicket ticket = claim(where("_id").is(ticketId));
		return ticket != null && run(ticket);
	}

	/**
	 * Settles decisions left unsettled for longer than {@code grace} (a crash, an outage, a failed
	 * listener); returns how many were settled.
	 */
	public int settlePending(Duration grace, int limit) {
		int settled = 0;
		for (int i = 0; i < limit; i++) {
			ReviewTicket ticket = claim(where("decidedAt").lte(clock.instant().minus(grace)));
			if (ticket == null) {
				break;
			}
			settled += run(ticket) ? 1 : 0;
		}
		return settled;
	}

	private ReviewTicket claim(Criteria which) {
		Instant now = clock.instant();
		Query query = Query.query(new Criteria().andOperator(which, where("decidedAt").ne(null), where("settledAt").is(null),
				new Criteria().orOperator(where("settlingUntil").is(null), where("settlingUntil").lt(now))))
			.with(Sort.by("decidedAt"));
		return mongo.findAndModify(query, new Update().set("settlingUntil", now.plus(LEASE)).inc("version", 1),
				FindAndModifyOptions.options().returnNew(true), ReviewTicket.class);
	}

	private boolean run(ReviewTicket ticket) {
		try {
			events.publishEvent(ReviewDecided.of(ticket));
		}
		catch (RuntimeException failed) {
			log.warn("Review decision {} not settled yet, will retry: {}", ticket.getId(), failed.toString());
			mongo.updateFirst(Query.query(where("_id").is(ticket.getId())), new Update().unset("settlingUntil").inc("version", 1),
					ReviewTicket.class);
			return false;
		}
		mongo.updateFirst(Query.query(where("_id").is(ticket.getId())),
				new Update().set("settledAt", clock.instant()).unset("settlingUntil").inc("version", 1), ReviewTicket.class);
		return true;
	}

}
