package dev.marketassist.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A submission waiting for a platform reviewer: what it is about, a snapshot of what was
 * submitted, when it is due (working days), who holds it, and the decision. A decision is
 * <em>settled</em> once its effects ran and its messages were queued ({@link #getSettledAt()}):
 * an unsettled decision is settled again after a crash, so nothing is lost between them.
 */
@Document("review_tickets")
public class ReviewTicket {

	@Id
	private String id;

	private ReviewSubject subject;

	private String subjectId;

	@Indexed
	private String providerId;

	private Map<String, String> snapshot = new LinkedHashMap<>();

	private int periodDays;

	private Instant submittedAt;

	@Indexed
	private Instant dueAt;

	@Indexed
	private ReviewStatus status = ReviewStatus.WAITING;

	/** Who claimed (and then decided) it: a Telegram user id, or a name given to the REST API. */
	private String reviewer;

	/**
	 * How other reviewers read the holder: the name known at claim time (a Telegram first name in
	 * chat, the client's name through the REST API); {@code null} on older tickets.
	 */
	private String reviewerName;

	private Instant claimedAt;

	/** A rejection's template ({@code review.reason.<code>}), or {@code null}. */
	private String reasonCode;

	/** A rejection's free text, or an approval's remark; may be {@code null}. */
	private String reason;

	@Indexed
	private Instant decidedAt;

	@Indexed
	private Instant settledAt;

	private Instant settlingUntil;

	private Instant overdueAlertedAt;

	private List<Entry> history = new ArrayList<>();

	@Version
	private Long version;

	protected ReviewTicket() {
	}

	ReviewTicket(String id, ReviewSubject subject, String subjectId, String providerId, Map<String, String> snapshot,
			int periodDays, Instant submittedAt) {
		this.id = id;
		this.subject = subject;
		this.subjectId = subjectId;
		this.providerId = providerId;
		this.snapshot = new LinkedHashMap<>(snapshot);
		this.periodDays = periodDays;
		this.submittedAt = submittedAt;
	}

	/**
	 * One move of the ticket: who did what when, and through which system ({@code via}: the REST
	 * client's name; {@code null} in chat and for the system).
	 */
	public record Entry(ReviewStatus status, String by, Instant at, String via) {
	}

	void start(ReviewStatus status, Instant dueAt) {
		this.status = status;
		this.dueAt = dueAt;
		history.add(new Entry(status, null, submittedAt, null));
	}

	void claim(ReviewStatus status, String reviewer, String name, Instant at, String via) {
		this.status = status;
		this.reviewer = reviewer;
		this.reviewerName = name;
		this.claimedAt = at;
		history.add(new Entry(status, reviewer, at, via));
	}

	void release(ReviewStatus status, String by, Instant at, String via) {
		this.status = status;
		this.reviewer = null;
		this.reviewerName = null;
		this.claimedAt = null;
		history.add(new Entry(status, by, at, via));
	}

	void decide(ReviewStatus status, String reasonCode, String reason, Instant at, String via) {
		this.status = status;
		this.reasonCode = reasonCode;
		this.reason = reason;
		this.decidedAt = at;
		history.add(new Entry(status, reviewer, at, via));
	}

	/** Reads the snapshot's phone numbers from their stored form ({@link TicketSealing}). */
	void openSealed(java.util.function.UnaryOperator<String> open) {
		snapshot.replaceAll((field, value) -> TicketSealing.isPhone(field) && value != null ? open.apply(value) : value);
	}

	/** Whether it waits for a reviewer (open or claimed). */
	public boolean isPending() {
		return status == ReviewStatus.OPEN || status == ReviewStatus.CLAIMED;
	}

	/** Whether it is pending past its due time at {@code now}. */
	public boolean isOverdue(Instant now) {
		return isPending() && dueAt != null && !now.isBefore(dueAt);
	}

	public String getId() {
		return id;
	}

	public ReviewSubject getSubject() {
		return subject;
	}

	public String getSubjectId() {
		return subjectId;
	}

	public String getProviderId() {
		return providerId;
	}

	public Map<String, String> getSnapshot() {
		return Map.copyOf(snapshot);
	}

	public int getPeriodDays() {
		return periodDays;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Instant getDueAt() {
		return dueAt;
	}

	public ReviewStatus getStatus() {
		return status;
	}

	public String getReviewer() {
		return reviewer;
	}

	/** The holder's display name as claimed, or {@code null} (see {@link #reviewerShown()}). */
	public String getReviewerName() {
		return reviewerName;
	}

	/** The holder as people read it: the name given at claim time, else the reviewer as stored. */
	public String reviewerShown() {
		return reviewerName != null ? reviewerName : reviewer;
	}

	public Instant getClaimedAt() {
		return claimedAt;
	}

	public String getReasonCode() {
		return reasonCode;
	}

	public String getReason() {
		return reason;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public Instant getSettledAt() {
		return settledAt;
	}

	public Instant getOverdueAlertedAt() {
		return overdueAlertedAt;
	}

	public List<Entry> getHistory() {
		return List.copyOf(history);
	}

}
