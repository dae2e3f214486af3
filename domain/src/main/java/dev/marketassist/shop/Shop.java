package dev.marketassist.shop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A provider's shop page (店铺): one per provider, published after review. */
@Document("shops")
public class Shop {

	/** The provider's account ID: one shop per provider. */
	@Id
	private String id;

	private String scope;

	private String features;

	private String serviceContact;

	private List<String> featuredProducts = new ArrayList<>();

	private ShopStatus status = ShopStatus.DRAFT;

	private String reviewTicketId;

	private Instant submittedAt;

	private Instant decidedAt;

	/** When the customer-service contact last changed through an approved account change. */
	private Instant serviceContactChangedAt;

	@Version
	private Long version;

	protected Shop() {
	}

	Shop(String providerId) {
		this.id = providerId;
	}

	void describe(String scope, String features, ServiceContact contact, List<String> featuredProducts) {
		this.scope = scope;
		this.features = features;
		this.serviceContact = contact.encoded();
		this.featuredProducts = new ArrayList<>(featuredProducts);
	}

	void submitted(ShopStatus status, String ticketId, Instant at) {
		this.status = status;
		this.reviewTicketId = ticketId;
		this.submittedAt = at;
	}

	void decided(ShopStatus status, Instant at) {
		this.status = status;
		this.decidedAt = at;
	}

	void changeServiceContact(ServiceContact contact, Instant decidedAt) {
		this.serviceContact = contact.encoded();
		this.serviceContactChangedAt = decidedAt;
	}

	Instant getServiceContactChangedAt() {
		return serviceContactChangedAt;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getId() {
		return id;
	}

	public String getScope() {
		return scope;
	}

	public String getFeatures() {
		return features;
	}

	public ServiceContact getServiceContact() {
		return serviceContact == null ? null : ServiceContact.decode(serviceContact);
	}

	public List<String> getFeaturedProducts() {
		return List.copyOf(featuredProducts);
	}

	public ShopStatus getStatus() {
		return status;
	}

	public String getReviewTicketId() {
		return reviewTicketId;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

}
