package dev.marketassist.dialogs.review;

import java.util.Map;

import dev.marketassist.core.Refused;
import dev.marketassist.dialogs.engine.DialogEngine;
import dev.marketassist.dialogs.engine.Turn;
import dev.marketassist.dialogs.product.ProductEdits;
import dev.marketassist.review.ReviewSubject;
import dev.marketassist.review.ReviewTicket;
import dev.marketassist.review.ReviewTickets;
import dev.marketassist.provider.Provider;
import dev.marketassist.provider.Providers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * "Fix and resubmit" under a rejection: opens the edit dialog of what was rejected (the shop, the
 * account information, the product), started about the rejected ticket and its subject. Only the
 * provider's operators may; a button pressed late re-checks everything.
 */
@Component
class ReviewFixes {

	/** The dialog that edits each subject (a product's opens on its summary: {@link ProductEdits}). */
	private static final Map<ReviewSubject, String> DIALOGS = Map.of(ReviewSubject.SHOP, "shop",
			ReviewSubject.ACCOUNT_CHANGE, "account", ReviewSubject.PRODUCT_NEW, "product", ReviewSubject.PRODUCT_MODIFIED,
			"product", ReviewSubject.PRODUCT_RELISTED, "product", ReviewSubject.MERCHANT_CHANGE, "merchant");

	private final ReviewTickets tickets;

	private final Providers providers;

	private final ObjectProvider<DialogEngine> engine;

	private final ObjectProvider<ProductEdits> productEdits;

	ReviewFixes(ReviewTickets tickets, Providers providers, ObjectProvider<DialogEngine> engine,
			ObjectProvider<ProductEdits> productEdits) {
		this.tickets = tickets;
		this.providers = providers;
		this.engine = engine;
		this.productEdits = productEdits;
	}

	void fix(Turn turn, String ticketId) {
		ReviewTicket ticket = ticketId == null ? null : tickets.findById(ticketId).orElse(null);
		Provider provider = ticket == null ? null : providers.findById(ticket.getProviderId()).orElse(null);
		if (provider == null || !provider.isOperator(turn.from().userId())) {
			turn.notice(turn.texts().plain("button.stale"));
			return;
		}
		if ("product".equals(DIALOGS.get(ticket.getSubject())) && productEdits.getIfAvailable() != null) {
			try {
				turn.retirePressed();
				productEdits.getObject().open(turn, ticket.getSubjectId(), ticket.getId());
			}
			catch (Refused refused) {
				turn.say(turn.texts().get(refused));
			}
			return;
		}
		String dialog = DIALOGS.get(ticket.getSubject());
		DialogEngine dialogs = engine.getObject();
		if (dialogs.find(dialog).isEmpty()) {
			turn.say(turn.texts().get("review.fix.unavailable"));
			return;
		}
		turn.retirePressed();
		dialogs.start(turn, dialog, Map.of("ticket", ticket.getId(), "subject", ticket.getSubjectId()));
	}

}
