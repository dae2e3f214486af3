package dev.marketassist.dialogs.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.RawBsonDocument;

/**
 * The last stored form of the most recently used sessions, bounded (least recently used out),
 * keeping for each session only the newest version it was given: the form as written or read, and
 * the changes written since (delivery confirmations, lease renewals), applied when it is next read.
 */
final class SessionCache {

	/** Changes kept pending on one stored form at most; one more and the session is read again when needed. */
	static final int MAX_PENDING = 8;

	/**
	 * A session's stored form, the changes made to it since, and what a delivery confirmation needs of
	 * the result.
	 */
	record Entry(RawBsonDocument document, List<SessionChange> pending, StoredSession stored) {

		long version() {
			return this.stored.version();
		}

	}

	private final int capacity;

	private final Map<String, Entry> entries;

	SessionCache(int capacity) {
		this.capacity = capacity;
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
				return size() > SessionCache.this.capacity;
			}
		};
	}

	synchronized Entry entry(String id) {
		return entries.get(id);
	}

	/** Keeps {@code document} unless a newer version of the session is kept already. */
	synchronized void put(String id, RawBsonDocument document, StoredSession stored) {
		if (capacity <= 0) {
			return;
		}
		Entry kept = entries.get(id);
		if (kept == null || kept.version() < stored.version()) {
			entries.put(id, new Entry(document, List.of(), stored));
		}
	}

	/**
	 * The session kept at {@code version} was changed by {@code change} in MongoDB (to the next
	 * version): kept with the change pending. Another version kept is dropped, being of no use now.
	 */
	synchronized void changed(String id, long version, SessionChange change) {
		Entry kept = entries.get(id);
		if (kept == null) {
			return;
		}
		if (kept.version() != version || kept.pending().size() >= MAX_PENDING) {
			entries.remove(id);
			return;
		}
		List<SessionChange> pending = new ArrayList<>(kept.pending().size() + 1);
		pending.addAll(kept.pending());
		pending.add(change);
		entries.put(id, new Entry(kept.document(), List.copyOf(pending), change.applyTo(kept.stored())));
	}

	synchronized void forget(String id) {
		entries.remove(id);
	}

}
