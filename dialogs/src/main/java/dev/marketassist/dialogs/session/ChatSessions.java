package dev.marketassist.dialogs.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import dev.marketassist.dialogs.DialogSettings;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.io.BasicOutputBuffer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The chat sessions in MongoDB. Saving is version-checked (optimistic locking): a concurrent
 * change makes {@link #save} throw {@link org.springframework.dao.OptimisticLockingFailureException}
 * and the caller retries on fresh state.
 * <p>
 * Handling an update reads the session through {@link #findForUpdate}, which may answer from a
 * small in-process cache of the sessions this instance wrote last (their exact stored form, as
 * BSON bytes), saving a round trip on the common path: a conversation's next update usually
 * finds its session there. A cached copy may be stale (another instance wrote since): the
 * version-checked save then fails, the entry is dropped and the caller retries on a fresh read,
 * so the cache never lets a stale copy overwrite a newer one. It only ever holds states the
 * database had (what this instance read or saved, with the delivery confirmations and lease
 * renewals it made since, each conditioned on the version before it: {@link SessionChange}, kept
 * pending and applied when the session is next read), the newest version seen.
 * <p>
 * Every command goes through {@link MongoTemplate#execute}, which translates the driver's
 * exceptions: a plain component, not a {@code @Repository} whose proxy would translate them again
 * on every call of the hot path.
 */
@Component
public class ChatSessions {

	private static final String VERSION = "version";

	/** Sessions kept in the cache by default (about 1–3 KB each). */
	public static final int DEFAULT_CACHE_SIZE = 1000;

	/** The stored form of a session, written and read without Spring Data's mapping (see the codec). */
	private static final ChatSessionCodec CODEC = new ChatSessionCodec();

	private final MongoTemplate mongo;

	private final SessionCache cache;

	public ChatSessions(MongoTemplate mongo) {
		this(mongo, DEFAULT_CACHE_SIZE);
	}

	@Autowired
	public ChatSessions(MongoTemplate mongo, DialogSettings settings) {
		this(mongo, settings.sessionCacheSize());
	}

	public ChatSessions(MongoTemplate mongo, int cacheSize) {
		this.mongo = mongo;
		this.cache = new SessionCache(cacheSize);
	}

	/** The stored session, read from MongoDB. */
	public Optional<ChatSession> findById(String id) {
		RawBsonDocument stored = mongo.execute(ChatSession.class, collection -> collection
			.withDocumentClass(RawBsonDocument.class)
			.find(new Document("_id", id))
			.first());
		if (stored == null) {
			return Optional.empty();
		}
		ChatSession session = read(stored);
		if (session.getVersion() != null) {
			cache.put(id, stored, StoredSession.of(session));
		}
		return Optional.of(session);
	}

	/**
	 * The session to change and {@link #save}: possibly this instance's cached copy of it, which
	 * the version-checked save verifies.
	 */
	public Optional<ChatSession> findForUpdate(String id) {
		SessionCache.Entry cached = cache.entry(id);
		if (cached != null) {
			ChatSession session = read(cached.document());
			cached.pending().forEach(change -> change.applyTo(session));
			return Optional.of(session);
		}
		return findById(id);
	}

	/**
	 * Writes the session if nobody changed it since it was read (its version still matches): one
	 * command, the entity encoded once for both the database and the cache.
	 * @throws OptimisticLockingFailureException if the stored session has another version
	 * @throws DuplicateKeyException if a new session was created meanwhile by someone else
	 */
	public ChatSession save(ChatSession session) {
		Long expected = session.getVersion();
		long next = (expected == null) ? 0 : expected + 1;
		session.setVersion(next);
		// encoded once: the same bytes are sent and cached
		RawBsonDocument stored = new RawBsonDocument(session, CODEC);
		try {
			// MongoTemplate.execute translates the driver's exceptions (duplicate key and the like)
			long matched = mongo.execute(ChatSession.class, sessions -> {
				MongoCollection<RawBsonDocument> collection = sessions.withDocumentClass(RawBsonDocument.class);
				if (expected == null) {
					collection.insertOne(stored);
					return 1L;
				}
				return collection.replaceOne(idAndVersion(session.getId(), expected), stored).getMatchedCount();
			});
			if (matched == 0) {
				throw new OptimisticLockingFailureException(
						"Session " + session.getId() + " is no longer at version " + expected + "; read it again");
			}
		}
		catch (RuntimeException failed) {
			session.setVersion(expected);
			cache.forget(session.getId());
			throw failed;
		}
		cache.put(session.getId(), stored, StoredSession.of(session));
		return session;
	}

	/**
	 * Records that outbox entries reached the user: removes them and, for a prompt, remembers the
	 * message that now carries the live buttons. Bumps the version so that a writer holding an
	 * older copy of the session retries instead of putting the entry back.
	 */
	public void confirmDelivered(String sessionId, List<String> entryKeys, Integer promptMessageId) {
		SessionChange change = new SessionChange().removeEntries(entryKeys).prompt(promptMessageId);
		StoredSession cached = cachedStored(sessionId);
		if (cached != null && update(sessionId, cached.version(), change)) {
			return;
		}
		cache.forget(sessionId);
		mongo.execute(ChatSession.class, collection -> collection.updateOne(new Document("_id", sessionId), change.update()));
	}

	/**
	 * What a delivery confirmation needs to know of a stored session (its version, delivery lease and
	 * outbox keys), kept with this instance's cached copy, else read from MongoDB (which caches it).
	 * @return {@code null} if the session does not exist
	 */
	public StoredSession peek(String id) {
		StoredSession cached = cachedStored(id);
		if (cached != null) {
			return cached;
		}
		return findById(id).filter(session -> session.getVersion() != null).map(StoredSession::of).orElse(null);
	}

	/**
	 * Makes the change if the stored session is still at {@code version}: one conditional write
	 * whose answer is a count, not the document. The cached copy at that version keeps the change
	 * pending, so the next update of the chat is read without a round trip.
	 * @return whether the session was at that version (and is now changed)
	 */
	public boolean update(String id, long version, SessionChange change) {
		long matched = mongo.execute(ChatSession.class, collection -> collection
			.updateOne(idAndVersion(id, version), change.update())
			.getMatchedCount());
		if (matched == 0) {
			cache.forget(id);
			return false;
		}
		cache.changed(id, version, change);
		return true;
	}

	private StoredSession cachedStored(String id) {
		SessionCache.Entry cached = cache.entry(id);
		return cached == null ? null : cached.stored();
	}

	/**
	 * Makes the change if the stored session is still at {@code version} (one findAndModify) and
	 * returns it as changed; {@code null} if it was not at that version. The cache keeps the result.
	 */
	public ChatSession modify(String id, long version, SessionChange change) {
		RawBsonDocument stored = mongo.execute(ChatSession.class, collection -> collection
			.withDocumentClass(RawBsonDocument.class)
			.findOneAndUpdate(idAndVersion(id, version), change.update(),
					new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)));
		if (stored == null) {
			cache.forget(id);
			return null;
		}
		ChatSession session = read(stored);
		cache.put(id, stored, StoredSession.of(session));
		return session;
	}

	/** Sessions with entries owed whose delivery lease expired before {@code now} (its holder died or stalled). */
	public List<ChatSession> withExpiredLease(Instant now, int limit) {
		// a range on lease.until alone (after the epoch: sessions without a lease have none), so that an index on it
		// serves the query on every server (the embedded one uses an index for a top-level range, not inside $and)
		Document filter = new Document("lease.until", new Document("$gt", new Date(0)).append("$lt", Date.from(now)))
			.append("outbox.0", new Document("$exists", true));
		return find(filter, null, limit);
	}

	/** Sessions whose outbox has entries and that were last written before {@code before}. */
	public List<ChatSession> withUndelivered(Instant before, int limit) {
		Document filter = new Document("$and", List.of(new Document("outbox.0", new Document("$exists", true)),
				new Document("updatedAt", new Document("$lt", Date.from(before)))));
		return find(filter, new Document("updatedAt", 1), limit);
	}

	private List<ChatSession> find(Document filter, Document sort, int limit) {
		return mongo.execute(ChatSession.class, collection -> {
			List<ChatSession> found = new ArrayList<>();
			FindIterable<RawBsonDocument> documents = collection.withDocumentClass(RawBsonDocument.class)
				.find(filter)
				.limit(limit);
			if (sort != null) {
				documents = documents.sort(sort);
			}
			documents.forEach((stored) -> found.add(read(stored)));
			return found;
		});
	}

	public long count() {
		return mongo.execute(ChatSession.class, collection -> collection.countDocuments());
	}

	/**
	 * {@code {_id, version}} as a plain document (not {@code $and}): the embedded server then reads the
	 * one document through its {@code _id} index and checks the version on it. Written as BSON at once
	 * (the driver copies it as it is).
	 */
	private static RawBsonDocument idAndVersion(String id, long version) {
		BasicOutputBuffer buffer = new BasicOutputBuffer(32 + id.length());
		try (BsonBinaryWriter w = new BsonBinaryWriter(buffer)) {
			w.writeStartDocument();
			w.writeString("_id", id);
			w.writeInt64(VERSION, version);
			w.writeEndDocument();
		}
		return new RawBsonDocument(buffer.toByteArray());
	}

	private static ChatSession read(RawBsonDocument stored) {
		return stored.decode(CODEC);
	}

}
