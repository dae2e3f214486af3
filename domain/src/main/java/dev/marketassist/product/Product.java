package dev.marketassist.product;

import java.time.Instant;

import dev.marketassist.review.ReviewSubject;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A seller's product. {@link #getDetails()} is the version the seller works on (the one in
 * review, or rejected); {@link #getListedDetails()} the version buyers see, kept while a
 * modification is in review and dropped on delisting.
 */
@Document("products")
public class Product {

	@Id
	private String id;

	private String providerId;

	private ProductStatus status = ProductStatus.DRAFT;

	private ProductDetails details;

	private ProductDetails listedDetails;

	private String reviewTicketId;

	private ReviewSubject reviewSubject;

	/** Whether the last review rejected a modification while the listed version stayed listed. */
	private boolean changeRejected;

	private Instant createdAt;

	private Instant submittedAt;

	private Instant decidedAt;

	@Version
	private Long version;

	protected Product() {
	}

	Product(String id, String providerId, Instant createdAt) {
		this.id = id;
		this.providerId = providerId;
		this.createdAt = createdAt;
	}

	void submitted(ProductStatus next, ProductDetails details, String ticketId, ReviewSubject subject, Instant at) {
		this.status = next;
		this.details = details;
		this.reviewTicketId = ticketId;
		this.reviewSubject = subject;
		this.submittedAt = at;
		this.changeRejected = false;
	}

	void approved(ProductStatus next, Instant at) {
		this.status = next;
		this.listedDetails = details;
		this.decidedAt = at;
	}

	void rejected(ProductStatus next, Instant at) {
		this.status = next;
		this.changeRejected = listedDetails != null;
		this.decidedAt = at;
	}

	void delisted(ProductStatus next, Instant at) {
		this.status = next;
		this.listedDetails = null;
		this.decidedAt = at;
	}

	public String getId() {
		return id;
	}

	public String getProviderId() {
		return providerId;
	}

	public ProductStatus getStatus() {
		return status;
	}

	public ProductDetails getDetails() {
		return details;
	}

	public ProductDetails getListedDetails() {
		return listedDetails;
	}

	/** What a buyer would see: the listed version, else the latest. */
	public ProductDetails getShownDetails() {
		return listedDetails != null ? listedDetails : details;
	}

	/** Whether buyers can find it now (also while a modification is in review). */
	public boolean isLive() {
		return listedDetails != null;
	}

	public boolean isChangeRejected() {
		return changeRejected;
	}

	public String getReviewTicketId() {
		return reviewTicketId;
	}

	public ReviewSubject getReviewSubject() {
		return reviewSubject;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

}
