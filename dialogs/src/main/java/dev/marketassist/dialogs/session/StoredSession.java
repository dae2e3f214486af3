package dev.marketassist.dialogs.session;

import java.util.ArrayList;
import java.util.List;

import dev.marketassist.dialogs.Outgoing;
import org.bson.Document;

/**
 * A stored session as a delivery confirmation sees it, kept beside the cached copy so that a
 * confirmation does not read the session's bytes again.
 *
 * @param version its version
 * @param leaseOwner the instance holding its delivery lease, or {@code null}
 * @param outboxKeys the keys of the entries in its outbox, in order
 */
public record StoredSession(long version, String leaseOwner, List<String> outboxKeys) {

	private static final String LEASE = "lease";

	private static final String OUTBOX = "outbox";

	private static final String KEY = "key";

	/** Of a session as it was just written or read (its version set). */
	static StoredSession of(ChatSession session) {
		return new StoredSession(session.getVersion(), session.getLease() == null ? null : session.getLease().owner(),
				session.getOutbox().stream().map(Outgoing::key).toList());
	}

	/** Of a session's stored form, decoded (a cached copy a confirmation changed in memory). */
	static StoredSession of(long version, Document stored) {
		String owner = (stored.get(LEASE) instanceof Document lease && lease.get("owner") instanceof String name) ? name : null;
		List<String> keys = new ArrayList<>();
		if (stored.get(OUTBOX) instanceof List<?> outbox) {
			for (Object entry : outbox) {
				if (entry instanceof Document document && document.get(KEY) instanceof String key) {
					keys.add(key);
				}
			}
		}
		return new StoredSession(version, owner, keys);
	}

}
