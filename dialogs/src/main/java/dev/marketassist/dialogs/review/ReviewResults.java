package dev.marketassist.dialogs.review;

import java.util.List;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.Dialogs;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.review.ReviewDecided;
import dev.marketassist.provider.Operator;
import dev.marketassist.provider.Provider;
import dev.marketassist.provider.Providers;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every review decision becomes a message to each of the provider's operators, in each one's
 * language, with the reason and the next step ("Fix and resubmit" under a rejection). Queued
 * through {@link Dialogs#notify} with the key {@code review:<ticket>:decided}: a decision settled
 * again after a crash queues nothing twice, and a queued message survives until delivered. A
 * failure here propagates, so the decision stays unsettled and is retried.
 */
@Component
class ReviewResults {

	private final Providers providers;

	private final Dialogs dialogs;

	ReviewResults(Providers providers, Dialogs dialogs) {
		this.providers = providers;
		this.dialogs = dialogs;
	}

	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void on(ReviewDecided decided) {
		Provider provider = providers.findById(decided.providerId()).orElse(null);
		if (provider == null) {
			return;
		}
		for (Operator operator : provider.team().operators()) {
			dialogs.notify(operator.telegramUserId(), "review:" + decided.ticketId() + ":decided", t -> message(t, decided));
		}
	}

	static Reply message(Texts t, ReviewDecided decided) {
		String kind = switch (decided.subject()) {
			case SHOP -> "shop";
			case ACCOUNT_CHANGE -> "account";
			case MERCHANT_CHANGE -> "merchant";
			default -> "product";
		};
		String name = decided.snapshot().getOrDefault("name", decided.subjectId());
		String subject = t.plain("review.subject." + decided.subject().name().toLowerCase());
		if (decided.approved()) {
			StringBuilder html = new StringBuilder(t.get("review.result." + kind + ".approved", name, decided.ticketId()));
			if (decided.reason() != null) {
				html.append("\n").append(t.get("review.result.remark", decided.reason()));
			}
			return Reply.of(html.toString());
		}
		String reason = Reasons.text(t, decided.reasonCode(), decided.reason());
		String html = t.get("review.result." + kind + ".rejected", name, decided.ticketId(), reason, subject);
		Button fix = ReviewButtons.FIX.button(t.plain("review.button.fix"), decided.ticketId());
		return new Reply(html, List.of(List.of(fix)));
	}

}
