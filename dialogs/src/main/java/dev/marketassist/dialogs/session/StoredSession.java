package dev.marketassist.dialogs.session;

import java.util.List;

import dev.marketassist.dialogs.Outgoing;

/**
 * A stored session as a delivery confirmation sees it, kept beside the cached copy so that a
 * confirmation does not read the session's bytes again (and follows the changes made since: {@link SessionChange}).
 *
 * @param version its version
 * @param leaseOwner the instance holding its delivery lease, or {@code null}
 * @param outboxKeys the keys of the entries in its outbox, in order
 */
public record StoredSession(long version, String leaseOwner, List<String> outboxKeys) {

	/** Of a session as it was just written or read (its version set). */
	static StoredSession of(ChatSession session) {
		return new StoredSession(session.getVersion(), session.getLease() == null ? null : session.getLease().owner(),
				session.getOutbox().stream().map(Outgoing::key).toList());
	}

}
