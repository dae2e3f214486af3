package dev.marketassist.review;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A submission waiting for a platform reviewer: what it is about, a snapshot of what was
 * submitted, when it is due (working days), and the decision.
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

	private Long reviewer;

	private String reason;

	private Instant decidedAt;

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

	void start(ReviewStatus status, Instant dueAt) {
		this.status = status;
		this.dueAt = dueAt;
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

	public Long getReviewer() {
		return reviewer;
	}

	public String getReason() {
		return reason;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

}
