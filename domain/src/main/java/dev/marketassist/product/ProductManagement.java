package dev.marketassist.product;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.marketassist.core.Refused;
import dev.marketassist.review.ReviewDecided;
import dev.marketassist.review.ReviewManagement;
import dev.marketassist.review.ReviewSubject;
import dev.marketassist.review.ReviewTicket;
import dev.marketassist.provider.OnboardingManagement;
import dev.marketassist.provider.Provider;
import org.springframework.stereotype.Service;

/**
 * Creating, modifying, delisting and relisting products (SPEC §2): every submission is
 * pre-checked and opens a review ticket; a product changes in one document write.
 */
@Service
public class ProductManagement {

	private final Products products;

	private final OnboardingManagement onboarding;

	private final ReviewManagement reviews;

	private final FileStorage files;

	private final Clock clock;

	private final ProductLifecycle lifecycle = new ProductLifecycle();

	public ProductManagement(Products products, OnboardingManagement onboarding, ReviewManagement reviews,
			FileStorage files, Clock clock) {
		this.products = products;
		this.onboarding = onboarding;
		this.reviews = reviews;
		this.files = files;
		this.clock = clock;
	}

	/** A product after a submission, its ticket and the pre-check's advice (soft findings). */
	public record Submitted(Product product, ReviewTicket ticket, List<PreCheck.Finding> advice) {
	}

	/** The pre-check of a product for this user's provider. */
	public List<PreCheck.Finding> preCheck(long telegramUserId, ProductDetails details) {
		return PreCheck.check(details, onboarding.providerOf(telegramUserId).getContactPhone());
	}

	/**
	 * Submits a new product ({@code productId} {@code null}) or a modification for review.
	 * @throws Refused {@code refused.fee.unpaid}, {@code refused.product.submit} (in review),
	 * {@code refused.product.not-yours}, {@code refused.product.file.unavailable} or {@code refused.product.file.too-large}
	 * (a file could not be kept; nothing changed)
	 * @throws PreCheckFailed if a hard rule is broken
	 */
	public Submitted submit(long telegramUserId, String productId, ProductDetails details) {
		Provider provider = onboarding.requireFeePaid(telegramUserId);
		Product product = productId == null ? new Product(newId(), provider.getId(), clock.instant())
				: owned(provider, productId);
		if (product.getDetails() != null && product.getDetails().type() != details.type()) {
			throw new Refused("refused.product.type");
		}
		ReviewSubject subject = product.getStatus() == ProductStatus.DRAFT
				|| product.getStatus() == ProductStatus.REJECTED && product.getDecidedAt() != null
						&& product.getReviewSubject() == ReviewSubject.PRODUCT_NEW ? ReviewSubject.PRODUCT_NEW
								: ReviewSubject.PRODUCT_MODIFIED;
		return send(provider, product, details, subject);
	}

	/** Resubmits a delisted product unchanged. */
	public Submitted relist(long telegramUserId, String productId) {
		Provider provider = onboarding.requireFeePaid(telegramUserId);
		Product product = owned(provider, productId);
		if (product.getStatus() != ProductStatus.DELISTED) {
			throw new Refused("refused.product.relist", product.getStatus().name());
		}
		return send(provider, product, product.getDetails(), ReviewSubject.PRODUCT_RELISTED);
	}

	/** Takes a listed product off the marketplace (the seller confirmed). */
	public Product delist(long telegramUserId, String productId) {
		Product product = owned(onboarding.providerOf(telegramUserId), productId);
		product.delisted(lifecycle.next(product.getStatus(), ProductTrigger.DELIST), clock.instant());
		return products.save(product);
	}

	/**
	 * A reviewer decided: the submitted version is listed, or rejected (a rejected modification of
	 * a listed product leaves the listed version listed). Idempotent.
	 */
	public void reviewed(ReviewDecided decided) {
		products.findById(decided.subjectId())
			.filter(p -> p.getStatus() == ProductStatus.IN_REVIEW && decided.ticketId().equals(p.getReviewTicketId()))
			.ifPresent(product -> {
				if (decided.approved()) {
					product.approved(lifecycle.next(product.getStatus(), ProductTrigger.APPROVE), decided.decidedAt());
				}
				else {
					ProductTrigger trigger = product.isLive() ? ProductTrigger.REJECT_CHANGE : ProductTrigger.REJECT;
					product.rejected(lifecycle.next(product.getStatus(), trigger), decided.decidedAt());
				}
				products.save(product);
			});
	}

	/** The products of this user's provider, oldest first. */
	public List<Product> productsOf(long telegramUserId) {
		return products.findByProviderIdOrderByCreatedAtAsc(onboarding.providerOf(telegramUserId).getId());
	}

	/** One of this user's provider's products. */
	public Product product(long telegramUserId, String productId) {
		return owned(onboarding.providerOf(telegramUserId), productId);
	}

	private Submitted send(Provider provider, Product product, ProductDetails details, ReviewSubject subject) {
		ProductStatus next = lifecycle.next(product.getStatus(), ProductTrigger.SUBMIT);
		List<PreCheck.Finding> findings = PreCheck.check(details, provider.getContactPhone());
		if (PreCheck.blocks(findings)) {
			throw new PreCheckFailed(findings);
		}
		// files are fetched only for a submission the pre-check lets through (already stored ones are kept)
		ProductDetails stored = withStoredFiles(details, provider.getId(), product.getId());
		ReviewTicket ticket = reviews.open(subject, product.getId(), provider.getId(), snapshot(stored),
				periodDays(details.type()), provider.fee().paid());
		product.submitted(next, stored, ticket.getId(), subject, clock.instant());
		return new Submitted(products.save(product), ticket, findings);
	}

	private Product owned(Provider provider, String productId) {
		return products.findById(productId)
			.filter(p -> p.getProviderId().equals(provider.getId()))
			.orElseThrow(() -> new Refused("refused.product.not-yours"));
	}

	private ProductDetails withStoredFiles(ProductDetails d, String providerId, String productId) {
		StoredFile logo = d.logo() == null ? null : files.store(d.logo(), StoredFile.Kind.LOGO, providerId, productId);
		StoredFile document = d.usageDocument() == null ? null
				: files.store(d.usageDocument(), StoredFile.Kind.USAGE_DOCUMENT, providerId, productId);
		return new ProductDetails(d.type(), d.name(), d.category(), d.tags(), logo,
				d.deliveryDays(), d.warrantyDays(), d.os(), d.formFields(), d.imageVersion(), d.software(), d.machineType(),
				d.customisable(), d.plans(), d.summary(), d.details(),
				document, d.dependencies());
	}

	private int periodDays(ServiceType type) {
		return switch (type) {
			case OPS -> reviews.settings().opsDays();
			case SOFTWARE -> reviews.settings().softwareDays();
			case IMAGE -> reviews.settings().imageDays();
		};
	}

	static Map<String, String> snapshot(ProductDetails d) {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("name", d.name());
		snapshot.put("type", d.type().name().toLowerCase());
		snapshot.put("category", d.category());
		put(snapshot, "tags", String.join(", ", d.tags()));
		put(snapshot, "deliveryDays", d.deliveryDays());
		put(snapshot, "warrantyDays", d.warrantyDays());
		put(snapshot, "os", d.os());
		put(snapshot, "requirementForm", String.join(", ", d.formFields()));
		put(snapshot, "imageVersion", d.imageVersion());
		put(snapshot, "software", d.software());
		put(snapshot, "machineType", d.machineType());
		put(snapshot, "customisable", d.customisable());
		put(snapshot, "plans", PricingPlan.lines(d.plans()));
		put(snapshot, "summary", d.summary());
		put(snapshot, "details", d.details());
		put(snapshot, "logo", d.logo() == null ? null : d.logo().shown());
		put(snapshot, "usageDocument", d.usageDocument() == null ? null : d.usageDocument().shown());
		put(snapshot, "dependencies", d.dependencies());
		// hidden (not shown as lines): the stored files, so that reviewers can get the submitted version
		put(snapshot, "_logo", d.logo() == null ? null : d.logo().encoded());
		put(snapshot, "_usageDocument", d.usageDocument() == null ? null : d.usageDocument().encoded());
		return snapshot;
	}

	private static void put(Map<String, String> map, String key, Object value) {
		if (value != null && !value.toString().isEmpty()) {
			map.put(key, value.toString());
		}
	}

	private static String newId() {
		return "P-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

}
