package dev.marketassist.dialogs.session;

import java.util.LinkedHashMap;
import java.util.Map;

import org.bson.RawBsonDocument;

/**
 * The last stored form of the most recently used sessions, bounded (least recently used out),
 * keeping for each session only the newest version it was given.
 */
final class SessionCache {

	/** A session's stored form and what a delivery confirmation needs of it. */
	record Entry(RawBsonDocument document, StoredSession stored) {

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
			entries.put(id, new Entry(document, stored));
		}
	}

	synchronized void forget(String id) {
		entries.remove(id);
	}

}
