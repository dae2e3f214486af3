package dev.marketassist.dialogs.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.BsonBinaryWriter;
import org.bson.RawBsonDocument;
import org.bson.io.BasicOutputBuffer;

/**
 * A change that a delivery confirmation, a lease renewal or the recovery's take-over makes to a
 * stored session, in the two forms it takes: the update command MongoDB applies ({@code $inc} of the
 * version by one, with {@code $set}, {@code $unset} and {@code $pull} of outbox entries by key), and
 * the same change applied in memory, to the session as decoded and to what a confirmation sees of it. The cache
 * keeps a confirmed session's stored form with its changes pending, applied when the chat's next
 * update reads it ({@link ChatSessions#findForUpdate}): the stored form is not decoded and encoded
 * again for every confirmation.
 * <p>
 * The two forms are written side by side below, field by field; {@code SessionChangeTests} has the
 * server apply every change and compares.
 */
public final class SessionChange {

	private List<String> removed = List.of();

	private Integer prompt;

	private DeliveryLease lease;

	private boolean dropLease;

	private Instant leaseUntil;

	private String resentPrompt;

	private Instant resentAt;

	/** The outbox entries with these keys are removed (delivered, or dropped). */
	SessionChange removeEntries(List<String> keys) {
		this.removed = List.copyOf(keys);
		return this;
	}

	/** The message carrying the live prompt is now this one ({@code null}: unchanged). */
	SessionChange prompt(Integer messageId) {
		this.prompt = messageId;
		return this;
	}

	/** The delivery lease is now this one. */
	SessionChange lease(DeliveryLease lease) {
		this.lease = new DeliveryLease(lease.owner(), millis(lease.until()));
		this.dropLease = false;
		return this;
	}

	/** Nobody delivers the outbox any more. */
	SessionChange dropLease() {
		this.dropLease = true;
		this.lease = null;
		return this;
	}

	/** The lease lasts until then (its holder unchanged). */
	SessionChange leaseUntil(Instant until) {
		this.leaseUntil = millis(until);
		return this;
	}

	/** The prompt of this dialog step was sent again then (see {@link ChatSession#resent}). */
	SessionChange resent(String asks, Instant at) {
		this.resentPrompt = asks;
		this.resentAt = millis(at);
		return this;
	}

	/** The update command: stored as the session's codec stores the same fields (a date to the millisecond). */
	RawBsonDocument update() {
		BasicOutputBuffer buffer = new BasicOutputBuffer(128 + 32 * this.removed.size());
		try (BsonBinaryWriter w = new BsonBinaryWriter(buffer)) {
			w.writeStartDocument();
			w.writeStartDocument("$inc");
			w.writeInt64("version", 1L);
			w.writeEndDocument();
			if (this.lease != null || this.prompt != null || this.leaseUntil != null || this.resentPrompt != null) {
				w.writeStartDocument("$set");
				if (this.lease != null) {
					ChatSessionCodec.lease(w, "lease", this.lease);
				}
				if (this.leaseUntil != null) {
					w.writeDateTime("lease.until", this.leaseUntil.toEpochMilli());
				}
				if (this.prompt != null) {
					w.writeInt32("promptMessageId", this.prompt);
				}
				if (this.resentPrompt != null) {
					w.writeString("resentPrompt", this.resentPrompt);
					w.writeDateTime("resentAt", this.resentAt.toEpochMilli());
				}
				w.writeEndDocument();
			}
			if (this.dropLease) {
				w.writeStartDocument("$unset");
				w.writeString("lease", "");
				w.writeEndDocument();
			}
			if (!this.removed.isEmpty()) {
				w.writeStartDocument("$pull");
				w.writeStartDocument("outbox");
				w.writeStartDocument("key");
				w.writeStartArray("$in");
				this.removed.forEach(w::writeString);
				w.writeEndArray();
				w.writeEndDocument();
				w.writeEndDocument();
				w.writeEndDocument();
			}
			w.writeEndDocument();
		}
		return new RawBsonDocument(buffer.toByteArray());
	}

	/** Applies the change to a session as decoded at the version the change was conditioned on. */
	void applyTo(ChatSession session) {
		session.version = session.version + 1;
		if (this.lease != null) {
			session.lease = this.lease;
		}
		if (this.leaseUntil != null) {
			session.lease = new DeliveryLease((session.lease == null) ? null : session.lease.owner(), this.leaseUntil);
		}
		if (this.prompt != null) {
			session.promptMessageId = this.prompt;
		}
		if (this.dropLease) {
			session.lease = null;
		}
		if (this.resentPrompt != null) {
			session.resent(this.resentPrompt, this.resentAt);
		}
		if (!this.removed.isEmpty()) {
			session.outbox.removeIf((entry) -> this.removed.contains(entry.key()));
		}
	}

	/** What a confirmation sees of the session after the change. */
	StoredSession applyTo(StoredSession stored) {
		String owner = stored.leaseOwner();
		if (this.lease != null) {
			owner = this.lease.owner();
		}
		if (this.dropLease) {
			owner = null;
		}
		List<String> keys = stored.outboxKeys();
		if (!this.removed.isEmpty()) {
			keys = new ArrayList<>(keys);
			keys.removeAll(this.removed);
		}
		return new StoredSession(stored.version() + 1, owner, keys);
	}

	private static Instant millis(Instant instant) {
		return Instant.ofEpochMilli(instant.toEpochMilli());
	}

}
