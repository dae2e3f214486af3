package dev.marketassist.shop;

import dev.marketassist.review.ReviewDecided;
import dev.marketassist.review.ReviewSubject;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Puts shop review decisions into force (the shop is published or rejected) before the provider
 * is told (messages listen at the lowest precedence). Runs again for a decision settled after a
 * crash, so it is idempotent.
 */
@Component
class ShopReviewListener {

	private final ShopManagement shops;

	ShopReviewListener(ShopManagement shops) {
		this.shops = shops;
	}

	@EventListener
	@Order(0)
	void on(ReviewDecided decided) {
		if (decided.subject() == ReviewSubject.SHOP) {
			shops.reviewed(decided);
		}
	}

}
