package dev.marketassist.shop;

import dev.marketassist.review.ReviewDecided;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Puts review decisions into force: a shop is published or rejected, an approved account change
 * replaces the old values. Runs again for a decision settled after a crash, so both are idempotent.
 */
@Component
class ReviewDecisionListener {

	private final ShopManagement shops;

	private final AccountChangeManagement accountChanges;

	ReviewDecisionListener(ShopManagement shops, AccountChangeManagement accountChanges) {
		this.shops = shops;
		this.accountChanges = accountChanges;
	}

	/** Before the provider is told (messages listen at the lowest precedence). */
	@EventListener
	@Order(0)
	void on(ReviewDecided decided) {
		switch (decided.subject()) {
			case SHOP -> shops.reviewed(decided);
			case ACCOUNT_CHANGE -> accountChanges.reviewed(decided);
			default -> {
			}
		}
	}

}
