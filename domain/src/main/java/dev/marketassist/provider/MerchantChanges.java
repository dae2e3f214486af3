package dev.marketassist.provider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.marketassist.core.InvalidValue;
import dev.marketassist.core.Refused;
import dev.marketassist.review.ReviewDecided;
import dev.marketassist.review.ReviewManagement;
import dev.marketassist.review.ReviewStatus;
import dev.marketassist.review.ReviewSubject;
import dev.marketassist.review.ReviewTicket;
import dev.marketassist.review.ReviewTickets;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/**
 * The merchant accounts buyers pay into (商户号). The first setting, right after the fee is paid,
 * takes effect at once (any operator may make it, as part of onboarding: until then nobody can
 * pay). Every later change redirects money, so only the owner may ask for it and it is a review
 * ticket ({@link ReviewSubject#MERCHANT_CHANGE}, snapshot {@code old_*}/{@code new_*}); the IDs in
 * force change only when a reviewer approves it. One change at a time per provider.
 */
@Service
public class MerchantChanges {

	/** Snapshot field of the WeChat Pay merchant ID. */
	public static final String WECHAT = "wechatPayMerchantId";

	/** Snapshot field of the Tenpay merchant ID. */
	public static final String TENPAY = "tenpayMerchantId";

	private static final String SUBMISSION = "_submission";

	private final OnboardingManagement onboarding;

	private final Providers providers;

	private final ReviewManagement reviews;

	private final ReviewTickets tickets;

	public MerchantChanges(OnboardingManagement onboarding, Providers providers, ReviewManagement reviews,
			ReviewTickets tickets) {
		this.onboarding = onboarding;
		this.providers = providers;
		this.reviews = reviews;
		this.tickets = tickets;
	}

	/**
	 * What a submission did.
	 * @param ticket the review ticket of a change, or {@code null} if the IDs were set at once
	 */
	public record Outcome(Provider provider, ReviewTicket ticket) {

		public boolean inReview() {
			return ticket != null;
		}

	}

	/**
	 * Refuses a user who may not set or change the merchant IDs now: fee unpaid, or (once they are
	 * set) not the owner, or a change already in review.
	 */
	public Provider requireMayChange(long telegramUserId) {
		Provider provider = onboarding.requireFeePaid(telegramUserId);
		if (provider.isPurchasable()) {
			requireOwner(provider, telegramUserId);
			pending(provider.getId()).ifPresent(ticket -> {
				throw new Refused("refused.merchant.pending", ticket.getId());
			});
		}
		return provider;
	}

	/**
	 * Sets the merchant IDs (the first time) or submits a change for review (later). Idempotent
	 * for one {@code submissionId}.
	 * @throws InvalidValue {@code invalid.merchant.none} if both are missing,
	 * {@code invalid.merchant.unchanged} if a change changes nothing
	 * @throws Refused see {@link #requireMayChange}
	 */
	public Outcome submit(long telegramUserId, WeChatPayMerchantId wechat, TenpayMerchantId tenpay, String submissionId) {
		Provider provider = onboarding.requireFeePaid(telegramUserId);
		if (!provider.isPurchasable()) {
			return new Outcome(onboarding.setMerchantAccounts(telegramUserId, wechat, tenpay), null);
		}
		requireOwner(provider, telegramUserId);
		Optional<ReviewTicket> pending = pending(provider.getId());
		if (pending.isPresent()) {
			if (submissionId.equals(pending.get().getSnapshot().get(SUBMISSION))) {
				return new Outcome(provider, pending.get());
			}
			throw new Refused("refused.merchant.pending", pending.get().getId());
		}
		if (wechat == null && tenpay == null) {
			throw new InvalidValue("invalid.merchant.none");
		}
		String newWechat = wechat == null ? "" : wechat.value();
		String newTenpay = tenpay == null ? "" : tenpay.value();
		String oldWechat = Objects.toString(provider.getWechatPayMerchantId(), "");
		String oldTenpay = Objects.toString(provider.getTenpayMerchantId(), "");
		if (newWechat.equals(oldWechat) && newTenpay.equals(oldTenpay)) {
			throw new InvalidValue("invalid.merchant.unchanged");
		}
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("company", provider.getCompanyName());
		snapshot.put("old_" + WECHAT, oldWechat);
		snapshot.put("new_" + WECHAT, newWechat);
		snapshot.put("old_" + TENPAY, oldTenpay);
		snapshot.put("new_" + TENPAY, newTenpay);
		snapshot.put(SUBMISSION, submissionId);
		ReviewTicket ticket = reviews.open(ReviewSubject.MERCHANT_CHANGE, provider.getId(), provider.getId(), snapshot,
				reviews.settings().accountDays(), true);
		return new Outcome(provider, ticket);
	}

	/** The provider's merchant-ID change waiting for review, if any. */
	public Optional<ReviewTicket> pending(String providerId) {
		return List.of(ReviewStatus.WAITING, ReviewStatus.OPEN, ReviewStatus.CLAIMED)
			.stream()
			.flatMap(status -> tickets.findByProviderIdAndStatus(providerId, status).stream())
			.filter(ticket -> ticket.getSubject() == ReviewSubject.MERCHANT_CHANGE)
			.findFirst();
	}

	/**
	 * An approved change comes into force, before the provider is told. Idempotent: applied only
	 * while the IDs in force are still the ones the change replaces (a decision settled again, or
	 * an older one settled after a newer, changes nothing).
	 */
	@EventListener
	@Order(0)
	void on(ReviewDecided decided) {
		if (decided.subject() != ReviewSubject.MERCHANT_CHANGE || !decided.approved()) {
			return;
		}
		Map<String, String> snapshot = decided.snapshot();
		providers.findById(decided.providerId())
			.filter(provider -> Objects.toString(provider.getWechatPayMerchantId(), "").equals(snapshot.get("old_" + WECHAT))
					&& Objects.toString(provider.getTenpayMerchantId(), "").equals(snapshot.get("old_" + TENPAY)))
			.ifPresent(provider -> {
				String wechat = snapshot.getOrDefault("new_" + WECHAT, "");
				String tenpay = snapshot.getOrDefault("new_" + TENPAY, "");
				provider.setMerchantAccounts(wechat.isEmpty() ? null : WeChatPayMerchantId.of(wechat),
						tenpay.isEmpty() ? null : TenpayMerchantId.of(tenpay));
				providers.save(provider);
			});
	}

	private static void requireOwner(Provider provider, long telegramUserId) {
		if (!provider.isOwner(telegramUserId)) {
			throw new Refused("refused.merchant.owner-only");
		}
	}

}
