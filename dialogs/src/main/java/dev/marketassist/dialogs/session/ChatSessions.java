package dev.marketassist.dialogs.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The chat sessions in MongoDB. Saving is version-checked (optimistic locking): a concurrent
 * change makes {@link #save} throw {@link org.springframework.dao.OptimisticLockingFailureException}
 * and the caller retries on fresh state.
 */
@Repository
public class ChatSessions {

	private final MongoTemplate mongo;

	public ChatSessions(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Optional<ChatSession> findById(String id) {
		return Optional.ofNullable(mongo.findById(id, ChatSession.class));
	}

	public ChatSession save(ChatSession session) {
		return mongo.save(session);
	}

	/**
	 * Records that outbox entries reached the user: removes them and, for a prompt, remembers the
	 * message that now carries the live buttons. Bumps the version so that a writer holding an
	 * older copy of the session retries instead of putting the entry back.
	 */
	public void confirmDelivered(String sessionId, List<String> entryKeys, Integer promptMessageId) {
		Update update = new Update().pull("outbox", new org.bson.Document("key", new org.bson.Document("$in", entryKeys)))
			.inc("version", 1);
		if (promptMessageId != null) {
			update.set("promptMessageId", promptMessageId);
		}
		mongo.updateFirst(Query.query(where("_id").is(sessionId)), update, ChatSession.class);
	}

	/** Sessions whose outbox has entries and that were last written before {@code before}. */
	public List<ChatSession> withUndelivered(Instant before, int limit) {
		Query query = Query.query(new Criteria().andOperator(where("outbox.0").exists(true), where("updatedAt").lt(before)))
			.with(Sort.by("updatedAt"))
			.limit(limit);
		return mongo.find(query, ChatSession.class);
	}

	public long count() {
		return mongo.count(new Query(), ChatSession.class);
	}

}
