package dev.marketassist.provider;

import dev.marketassist.review.ReviewDecided;
import dev.marketassist.review.ReviewSubject;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Puts an approved account-information change into force (the new values replace the old ones)
 * before the provider is told. Runs again for a decision settled after a crash, so it is idempotent.
 */
@Component
class AccountChangeReviewListener {

	private final AccountChangeManagement changes;

	AccountChangeReviewListener(AccountChangeManagement changes) {
		this.changes = changes;
	}

	@EventListener
	@Order(0)
	void on(ReviewDecided decided) {
		if (decided.subject() == ReviewSubject.ACCOUNT_CHANGE) {
			changes.reviewed(decided);
		}
	}

}
