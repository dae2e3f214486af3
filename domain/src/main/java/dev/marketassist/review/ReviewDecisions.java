package dev.marketassist.review;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import dev.marketassist.core.InvalidValue;
import dev.marketassist.core.NotFound;
import dev.marketassist.core.Refused;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * What reviewers do with a ticket: claim it, release it, approve or reject it with a reason.
 * Only the reviewer who claimed a ticket may release or decide it. A decision is recorded on
 * the ticket first, then settled ({@link ReviewSettlement}); repeating the same decision by the
 * same reviewer changes nothing.
 */
@Service
public class ReviewDecisions {

	/** The rejection templates ({@code review.reason.<code>} in the bundles); {@code other} means free text only. */
	public static final List<String> REASON_TEMPLATES = List.of("incomplete", "mismatch", "contact", "qualification",
			"other");

	private static final int MAX_ATTEMPTS = 4;

	private final ReviewTickets tickets;

	private final ReviewSettlement settlement;

	private final Clock clock;

	private final ReviewLifecycle lifecycle = new ReviewLifecycle();

	public ReviewDecisions(ReviewTickets tickets, ReviewSettlement settlement, Clock clock) {
		this.tickets = tickets;
		this.settlement = settlement;
		this.clock = clock;
	}

	public ReviewTicket find(String ticketId) {
		return tickets.findById(ticketId).orElseThrow(() -> new NotFound("review ticket " + ticketId));
	}

	/** Takes an open ticket; claiming one's own claimed ticket again changes nothing. */
	public ReviewTicket claim(String ticketId, String reviewer) {
		return claim(ticketId, reviewer, null);
	}

	/** {@link #claim(String, String)} through a system ({@code via}: its name, recorded in the history). */
	public ReviewTicket claim(String ticketId, String reviewer, String via) {
		return claim(ticketId, reviewer, null, via);
	}

	/**
	 * {@link #claim(String, String, String)} by someone with a display name ({@code name}, may be
	 * {@code null}): kept on the ticket so that other reviewers read who holds it.
	 */
	public ReviewTicket claim(String ticketId, String reviewer, String name, String via) {
		requireName(reviewer);
		String shownName = isBlank(name) ? null : name.strip();
		return move(ticketId, ticket -> {
			if (ticket.getStatus() == ReviewStatus.CLAIMED && reviewer.equals(ticket.getReviewer())) {
				return null;
			}
			if (ticket.getStatus() == ReviewStatus.CLAIMED) {
				throw new Refused("refused.review.taken", ticket.reviewerShown());
			}
			ticket.claim(lifecycle.next(ticket.getStatus(), ReviewTrigger.CLAIM), reviewer, shownName, clock.instant(), via);
			return ticket;
		});
	}

	/** Puts a claimed ticket back into the queue. */
	public ReviewTicket release(String ticketId, String reviewer) {
		return release(ticketId, reviewer, null);
	}

	/** {@link #release(String, String)} through a system ({@code via}). */
	public ReviewTicket release(String ticketId, String reviewer, String via) {
		requireName(reviewer);
		return move(ticketId, ticket -> {
			ReviewStatus next = lifecycle.next(ticket.getStatus(), ReviewTrigger.RELEASE);
			requireClaimant(ticket, reviewer);
			ticket.release(next, reviewer, clock.instant(), via);
			return ticket;
		});
	}

	/** Approves a ticket the reviewer claimed; {@code remark} is optional. */
	public ReviewTicket approve(String ticketId, String reviewer, String remark) {
		return approve(ticketId, reviewer, remark, null);
	}

	/** {@link #approve(String, String, String)} through a system ({@code via}). */
	public ReviewTicket approve(String ticketId, String reviewer, String remark, String via) {
		requireName(reviewer);
		return decide(ticketId, reviewer, ReviewTrigger.APPROVE, null, remark, via);
	}

	/**
	 * Rejects a ticket the reviewer claimed, with a template ({@code reasonCode}), free text, or both.
	 * @throws InvalidValue {@code invalid.review.reason} without either
	 */
	public ReviewTicket reject(String ticketId, String reviewer, String reasonCode, String reason) {
		return reject(ticketId, reviewer, reasonCode, reason, null);
	}

	/** {@link #reject(String, String, String, String)} through a system ({@code via}). */
	public ReviewTicket reject(String ticketId, String reviewer, String reasonCode, String reason, String via) {
		String code = "other".equals(reasonCode) ? null : blankToNull(reasonCode);
		if (code == null && isBlank(reason) || code != null && !REASON_TEMPLATES.contains(code)) {
			throw new InvalidValue("invalid.review.reason");
		}
		return decide(ticketId, reviewer, ReviewTrigger.REJECT, code, blankToNull(reason), via);
	}

	private ReviewTicket decide(String ticketId, String reviewer, ReviewTrigger trigger, String code, String reason,
			String via) {
		ReviewStatus target = trigger == ReviewTrigger.APPROVE ? ReviewStatus.APPROVED : ReviewStatus.REJECTED;
		ReviewTicket decided = move(ticketId, ticket -> {
			if (ticket.getStatus() == target && Objects.equals(reviewer, ticket.getReviewer())) {
				return null;
			}
			ReviewStatus next = lifecycle.next(ticket.getStatus(), trigger);
			requireClaimant(ticket, reviewer);
			ticket.decide(next, code, blankToNull(reason), clock.instant(), via);
			return ticket;
		});
		if (decided.getSettledAt() == null) {
			settlement.settle(decided.getId());
		}
		return decided;
	}

	/** Loads, applies {@code change} (null: nothing to do) and saves; retries on a concurrent change. */
	private ReviewTicket move(String ticketId, Function<ReviewTicket, ReviewTicket> change) {
		for (int attempt = 1;; attempt++) {
			ReviewTicket ticket = find(ticketId);
			ReviewTicket changed = change.apply(ticket);
			if (changed == null) {
				return ticket;
			}
			try {
				return tickets.save(changed);
			}
			catch (OptimisticLockingFailureException concurrent) {
				if (attempt >= MAX_ATTEMPTS) {
					throw concurrent;
				}
			}
		}
	}

	private static void requireClaimant(ReviewTicket ticket, String reviewer) {
		if (!Objects.equals(reviewer, ticket.getReviewer())) {
			throw new Refused("refused.review.not-yours", String.valueOf(ticket.reviewerShown()));
		}
	}

	private static void requireName(String reviewer) {
		if (isBlank(reviewer)) {
			throw new InvalidValue("invalid.review.reviewer");
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static String blankToNull(String value) {
		return isBlank(value) ? null : value.strip();
	}

}
