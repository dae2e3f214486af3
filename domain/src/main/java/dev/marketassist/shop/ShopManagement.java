package dev.marketassist.shop;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.marketassist.review.ReviewDecided;
import dev.marketassist.review.ReviewManagement;
import dev.marketassist.review.ReviewSubject;
import dev.marketassist.review.ReviewTicket;
import dev.marketassist.provider.OnboardingManagement;
import dev.marketassist.provider.Provider;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Service;

/** Submitting a shop for review (SPEC §1 step 6). */
@Service
public class ShopManagement {

	private final Shops shops;

	private final OnboardingManagement onboarding;

	private final ReviewManagement reviews;

	private final Clock clock;

	private final MeterRegistry meters;

	private final ShopLifecycle lifecycle = new ShopLifecycle();

	public ShopManagement(Shops shops, OnboardingManagement onboarding, ReviewManagement reviews, Clock clock,
			MeterRegistry meters) {
		this.shops = shops;
		this.onboarding = onboarding;
		this.reviews = reviews;
		this.clock = clock;
		this.meters = meters;
	}

	/** The shop and its review ticket after a submission. */
	public record Submitted(Shop shop, ReviewTicket ticket) {
	}

	/**
	 * Submits the shop of the user's provider for review. The review starts at once if the
	 * certification fee is paid; otherwise the ticket waits for it.
	 */
	public Submitted submit(long telegramUserId, String scope, String features, ServiceContact contact,
			List<String> featuredProducts) {
		Provider provider = onboarding.providerOf(telegramUserId);
		Shop shop = shops.findById(provider.getId()).orElseGet(() -> new Shop(provider.getId()));
		ShopStatus next = lifecycle.next(shop.getStatus(), ShopTrigger.SUBMIT);
		shop.describe(scope, features, contact, featuredProducts);
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("company", provider.getCompanyName());
		snapshot.put("scope", scope);
		snapshot.put("features", features);
		snapshot.put("serviceContact", contact.snapshot());
		snapshot.put("featuredProducts", String.join(", ", featuredProducts));
		ReviewTicket ticket = reviews.open(ReviewSubject.SHOP, provider.getId(), provider.getId(), snapshot,
				reviews.settings().shopDays(), provider.fee().paid());
		shop.submitted(next, ticket.getId(), clock.instant());
		meters.counter("market.onboarding.shop", "event", "submitted").increment();
		return new Submitted(shops.save(shop), ticket);
	}

	/**
	 * A reviewer decided on the shop: it is published or rejected. Idempotent: only the ticket the
	 * shop is in review with moves it, once.
	 */
	public void reviewed(ReviewDecided decided) {
		shops.findById(decided.subjectId())
			.filter(shop -> shop.getStatus() == ShopStatus.IN_REVIEW && decided.ticketId().equals(shop.getReviewTicketId()))
			.ifPresent(shop -> {
				shop.decided(lifecycle.next(shop.getStatus(), decided.approved() ? ShopTrigger.APPROVE : ShopTrigger.REJECT),
						decided.decidedAt());
				shops.save(shop);
				meters.counter("market.reviews.shop", "decision", decided.decision().name().toLowerCase()).increment();
			});
	}

	/**
	 * An approved account change gives the shop a new service contact; an older decision than the
	 * one in force changes nothing (idempotent).
	 */
	public void changeServiceContact(String providerId, ServiceContact contact, java.time.Instant decidedAt) {
		shops.findById(providerId)
			.filter(shop -> shop.getServiceContactChangedAt() == null || decidedAt.isAfter(shop.getServiceContactChangedAt()))
			.ifPresent(shop -> {
				shop.changeServiceContact(contact, decidedAt);
				shops.save(shop);
			});
	}

	public Optional<Shop> shopOf(String providerId) {
		return shops.findById(providerId);
	}

}
