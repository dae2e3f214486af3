package dev.marketassist.review;

import java.time.Instant;
import java.util.Map;

/**
 * A reviewer decided on a ticket. Published when the decision is recorded and again, after a
 * crash or a failed listener, until the ticket is settled: listeners must be idempotent (the
 * shop is published once, a message is queued once per key).
 *
 * @param decision {@link ReviewStatus#APPROVED} or {@link ReviewStatus#REJECTED}
 * @param reasonCode a rejection's template ({@code review.reason.<code>}), or {@code null}
 * @param reason free text from the reviewer, or {@code null}
 * @param snapshot what was submitted (for an account change: {@code old_*} and {@code new_*})
 */
public record ReviewDecided(String ticketId, ReviewSubject subject, String subjectId, String providerId,
		ReviewStatus decision, String reasonCode, String reason, Instant decidedAt, Map<String, String> snapshot) {

	public ReviewDecided {
		snapshot = snapshot == null ? Map.of() : Map.copyOf(snapshot);
	}

	static ReviewDecided of(ReviewTicket ticket) {
		return new ReviewDecided(ticket.getId(), ticket.getSubject(), ticket.getSubjectId(), ticket.getProviderId(),
				ticket.getStatus(), ticket.getReasonCode(), ticket.getReason(), ticket.getDecidedAt(), ticket.getSnapshot());
	}

	public boolean approved() {
		return decision == ReviewStatus.APPROVED;
	}

}
