package dev.marketassist.core.schedule;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Once, at start-up, where data of the earlier scheduler exists (tasks filed in per-minute
 * {@code due_slots} documents, each task with a version {@code rev}): its tasks are already of
 * today's shape (the claim reads {@code dueAt} and {@code claimedUntil}, which they have), so
 * they stay; their {@code rev} is removed, the indexes only it used are dropped, and
 * {@code due_slots} last (what marks the old shape, so an interrupted upgrade is done again).
 * Best effort: data of the old shape claims correctly as it is, so a failure is only logged.
 */
@Component
class DueTaskUpgrade implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(DueTaskUpgrade.class);

	static final String OLD_SLOTS = "due_slots";

	/** The earlier scheduler's indexes: its claim by {@code {_id, rev}} and single-field ones the compound ones replace. */
	private static final Set<String> OLD_INDEXES = Set.of("claim", "kind", "subject", "dueAt");

	private final MongoTemplate mongo;

	DueTaskUpgrade(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		try {
			upgrade();
		}
		catch (DataAccessException ex) {
			log.warn("Could not remove the earlier scheduler's data (due_slots, rev, old indexes); its tasks are claimed as they are", ex);
		}
	}

	/** Returns whether there was anything of the old shape. */
	boolean upgrade() {
		if (!mongo.collectionExists(OLD_SLOTS)) {
			return false;
		}
		long versioned = mongo.updateMulti(Query.query(where("rev").exists(true)), new Update().unset("rev"), DueTask.class)
			.getModifiedCount();
		IndexOperations indexes = mongo.indexOps(DueTask.class);
		for (IndexInfo index : indexes.getIndexInfo()) {
			if (OLD_INDEXES.contains(index.getName())) {
				indexes.dropIndex(index.getName());
			}
		}
		mongo.dropCollection(OLD_SLOTS);
		log.info("Due tasks upgraded to one document per task ({} tasks of the earlier shape kept; due_slots removed)", versioned);
		return true;
	}

}
