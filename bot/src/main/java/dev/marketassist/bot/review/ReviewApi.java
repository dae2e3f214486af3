package dev.marketassist.bot.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.marketassist.bot.api.NotAllowed;
import dev.marketassist.bot.security.ApiClient;
import dev.marketassist.core.InvalidValue;
import dev.marketassist.review.ReviewDecisions;
import dev.marketassist.review.ReviewQueue;
import dev.marketassist.review.ReviewStatus;
import dev.marketassist.review.ReviewSubject;
import dev.marketassist.review.ReviewTicket;
import dev.marketassist.review.ReviewerDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review desk for reviewers' tools (scope {@code reviews}). The API key authenticates the
 * calling system, not a person: every action names its {@code reviewer}, the Telegram user ID of
 * a configured reviewer ({@code MARKET_REVIEWER_IDS} or the reviewers' chat; anyone else is 403),
 * and the client's name is recorded with it in the ticket's history ({@code via}) and the log. The same rules as in chat apply: claim first, and
 * only the claimant releases or decides; an illegal move is 409 with its {@code refused.*} code.
 */
@RestController
@RequestMapping("/api/reviews")
@PreAuthorize("hasAuthority('SCOPE_reviews')")
@Tag(name = "Reviews", description = "Review tickets: list, claim, release, approve, reject")
class ReviewApi {

	private static final Logger log = LoggerFactory.getLogger(ReviewApi.class);

	/** The longest free text a call may carry (reviewer, reason, remark). */
	static final int MAX_TEXT = 1000;

	private final ReviewQueue queue;

	private final ReviewDecisions decisions;

	private final ReviewerDirectory reviewers;

	private final Clock clock;

	ReviewApi(ReviewQueue queue, ReviewDecisions decisions, ReviewerDirectory reviewers, Clock clock) {
		this.queue = queue;
		this.decisions = decisions;
		this.reviewers = reviewers;
		this.clock = clock;
	}

	/** A ticket as the API shows it. */
	record Ticket(String id, ReviewSubject subject, String subjectId, String providerId, ReviewStatus status,
			Map<String, String> snapshot, Instant submittedAt, Instant dueAt, boolean overdue, String reviewer,
			String reasonCode, String reason, Instant decidedAt, Instant settledAt) {

		static Ticket of(ReviewTicket t, Instant now) {
			return new Ticket(t.getId(), t.getSubject(), t.getSubjectId(), t.getProviderId(), t.getStatus(), t.getSnapshot(),
					t.getSubmittedAt(), t.getDueAt(), t.isOverdue(now), t.getReviewer(), t.getReasonCode(), t.getReason(),
					t.getDecidedAt(), t.getSettledAt());
		}

	}

	/** Who acts. */
	record Act(@NotBlank @Size(max = MAX_TEXT) @Schema(description = "the reviewer: a configured reviewer's Telegram user ID",
			example = "700000001") String reviewer) {
	}

	/** An approval, with an optional note for the provider. */
	record Approval(@NotBlank @Size(max = MAX_TEXT) @Schema(description = "the reviewer: a configured reviewer's Telegram user ID") String reviewer,
			@Size(max = MAX_TEXT) @Schema(description = "optional note shown to the provider") String remark) {
	}

	/** A rejection: a template, free text, or both (at least one). */
	record Rejection(@NotBlank @Size(max = MAX_TEXT) @Schema(description = "the reviewer: a configured reviewer's Telegram user ID") String reviewer,
			@Size(max = MAX_TEXT) @Schema(description = "template: incomplete, mismatch, contact, qualification (or other)") String reasonCode,
			@Size(max = MAX_TEXT) @Schema(description = "the reason in the reviewer's words, shown to the provider") String reason) {
	}

	@GetMapping
	@Operation(summary = "List tickets, the earliest due first (default: pending, i.e. open and claimed)")
	List<Ticket> list(@Parameter(description = "WAITING, OPEN, CLAIMED, APPROVED, REJECTED or ALL") @RequestParam(
			required = false) String status, @RequestParam(defaultValue = "100") int limit) {
		Instant now = clock.instant();
		int size = Math.max(1, Math.min(limit, 500));
		List<ReviewTicket> tickets = status == null || status.isBlank() ? queue.pending(size).tickets()
				: queue.list("ALL".equalsIgnoreCase(status) ? null : status(status), size);
		return tickets.stream().map(t -> Ticket.of(t, now)).toList();
	}

	private static ReviewStatus status(String name) {
		try {
			return ReviewStatus.valueOf(name.toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidValue("invalid.review.status");
		}
	}

	@GetMapping("/{id}")
	@Operation(summary = "One ticket")
	Ticket get(@PathVariable String id) {
		return Ticket.of(decisions.find(id), clock.instant());
	}

	@PostMapping("/{id}/claim")
	@Operation(summary = "Claim an open ticket (idempotent for the same reviewer)")
	Ticket claim(@PathVariable String id, @Valid @RequestBody Act act, @AuthenticationPrincipal ApiClient client) {
		// other reviewers read the holder by the client's name (the reviewer is an id)
		return Ticket.of(decisions.claim(id, reviewer(act.reviewer(), client, "claims", id), client.name(), client.name()),
				clock.instant());
	}

	@PostMapping("/{id}/release")
	@Operation(summary = "Put a claimed ticket back into the queue")
	Ticket release(@PathVariable String id, @Valid @RequestBody Act act, @AuthenticationPrincipal ApiClient client) {
		return Ticket.of(decisions.release(id, reviewer(act.reviewer(), client, "releases", id), client.name()), clock.instant());
	}

	@PostMapping("/{id}/approve")
	@Operation(summary = "Approve a ticket the reviewer claimed; the provider is told (idempotent)")
	Ticket approve(@PathVariable String id, @Valid @RequestBody Approval approval, @AuthenticationPrincipal ApiClient client) {
		String reviewer = reviewer(approval.reviewer(), client, "approves", id);
		return Ticket.of(decisions.approve(id, reviewer, approval.remark(), client.name()), clock.instant());
	}

	@PostMapping("/{id}/reject")
	@Operation(summary = "Reject a ticket the reviewer claimed, with a reason; the provider is told (idempotent)")
	Ticket reject(@PathVariable String id, @Valid @RequestBody Rejection rejection, @AuthenticationPrincipal ApiClient client) {
		String reviewer = reviewer(rejection.reviewer(), client, "rejects", id);
		return Ticket.of(decisions.reject(id, reviewer, rejection.reasonCode(), rejection.reason(), client.name()), clock.instant());
	}

	/** The named reviewer if it is a configured reviewer's Telegram user ID; the action is logged with the client. */
	private String reviewer(String named, ApiClient client, String action, String ticketId) {
		String reviewer = named.strip();
		long userId;
		try {
			userId = Long.parseLong(reviewer);
		}
		catch (NumberFormatException notAnId) {
			throw new NotAllowed("reviewer must be the Telegram user ID of a configured reviewer (MARKET_REVIEWER_IDS)");
		}
		if (userId <= 0 || !reviewers.isReviewer(userId)) {
			throw new NotAllowed("reviewer " + userId + " is not a configured reviewer (MARKET_REVIEWER_IDS or the reviewers' chat)");
		}
		log.info("REST client '{}': reviewer {} {} ticket {}", client.name(), userId, action, ticketId);
		return reviewer;
	}

}
