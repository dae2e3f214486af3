package dev.marketassist.product;

import dev.marketassist.review.ReviewDecided;
import dev.marketassist.review.ReviewSubject;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Puts product review decisions into force before the seller is told; idempotent. */
@Component
class ProductReviewListener {

	private final ProductManagement products;

	ProductReviewListener(ProductManagement products) {
		this.products = products;
	}

	@EventListener
	@Order(0)
	void on(ReviewDecided decided) {
		if (decided.subject() == ReviewSubject.PRODUCT_NEW || decided.subject() == ReviewSubject.PRODUCT_MODIFIED
				|| decided.subject() == ReviewSubject.PRODUCT_RELISTED) {
			products.reviewed(decided);
		}
	}

}
