package dev.marketassist.provider;

import java.time.Clock;
import java.util.Map;

import dev.marketassist.core.InvalidValue;
import dev.marketassist.core.NotFound;
import dev.marketassist.core.Refused;
import dev.marketassist.core.schedule.DueTasks;
import dev.marketassist.review.ReviewManagement;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Service;

/**
 * The onboarding steps after the company details (SPEC §1 steps 4 and 5, and operators): the
 * certification fee (pay now, or "not now" with a reminder), the merchant accounts (once the fee
 * is paid). Each command is one version-checked write of the provider document; the team and its
 * invitations are {@link TeamManagement}'s.
 */
@Service
public class OnboardingManagement {

	/** Due-task kind of the reminder to pay a deferred fee. */
	public static final String FEE_REMINDER = "fee-reminder";

	private final Providers providers;

	private final PaymentGateway gateway;

	private final PaymentSettings payments;

	private final DueTasks tasks;

	private final Clock clock;

	private final MeterRegistry meters;

	private final ReviewManagement reviews;

	private final FeeLifecycle fees = new FeeLifecycle();

	public OnboardingManagement(Providers providers, PaymentGateway gateway, PaymentSettings payments, DueTasks tasks,
			Clock clock, MeterRegistry meters, ReviewManagement reviews) {
		this.reviews = reviews;
		this.providers = providers;
		this.gateway = gateway;
		this.payments = payments;
		this.tasks = tasks;
		this.clock = clock;
		this.meters = meters;
	}

	public PaymentSettings payments() {
		return payments;
	}

	/** The provider the Telegram user operates. */
	public Provider providerOf(long telegramUserId) {
		return providers.findFirstByOperatorsTelegramUserId(telegramUserId)
			.orElseThrow(() -> new Refused("refused.onboarding.company-first"));
	}

	/** "Not now" (暂不缴纳): recorded, and a reminder is scheduled. */
	public Provider deferFee(long telegramUserId) {
		Provider provider = providerOf(telegramUserId);
		if (provider.fee().status() == FeeStatus.DEFERRED) {
			// idempotent: the same "not now" again (a redelivered update whose session write was lost with its
			// instance, after this write was made) is answered as the first was, not refused
			return provider;
		}
		provider.fee().move(fees.next(provider.fee().status(), FeeTrigger.DEFER));
		Provider saved = providers.save(provider);
		tasks.schedule(FEE_REMINDER + ":" + saved.getId(), FEE_REMINDER, saved.getId(),
				clock.instant().plus(payments.reminderAfter()), Map.of());
		meters.counter("market.onboarding.fee", "event", "deferred").increment();
		return saved;
	}

	/**
	 * A started fee payment.
	 * @param link where it is paid with the payment-link gateway
	 */
	public record FeePayment(String reference, java.math.BigDecimal amount, String link) {
	}

	/** Starts (or repeats) a payment of the fee. */
	public FeePayment startFeePayment(long telegramUserId) {
		Provider provider = providerOf(telegramUserId);
		if (provider.fee().paid()) {
			throw new Refused("refused.fee.paid-already");
		}
		provider.fee().move(fees.next(provider.fee().status(), FeeTrigger.REQUEST_PAYMENT));
		String reference = provider.fee().reference() != null ? provider.fee().reference() : "FEE-" + provider.getId() + "-" + Tokens.random(6);
		provider.fee().startPayment(reference, payments.certificationFee());
		providers.save(provider);
		meters.counter("market.onboarding.fee", "event", "payment-started").increment();
		return new FeePayment(reference, payments.certificationFee(), gateway.paymentLink(reference, payments.certificationFee()));
	}

	/**
	 * Whether a payment about to be made (Telegram's pre-checkout) matches a started, unpaid fee
	 * payment: the right reference, the full amount in CNY.
	 */
	public boolean acceptsFeePayment(String reference, String currency, long amountFen) {
		String providerId = reference.startsWith("FEE-") && reference.lastIndexOf('-') > 4
				? reference.substring(4, reference.lastIndexOf('-')) : "";
		return providers.findById(providerId)
			.filter(p -> reference.equals(p.fee().reference()) && !p.fee().paid())
			.filter(p -> "CNY".equals(currency) && p.fee().amount().movePointRight(2).longValue() == amountFen)
			.isPresent();
	}

	/**
	 * The gateway's confirmation that {@code reference} was paid. Idempotent: a repeated
	 * confirmation of the same payment changes nothing and returns the provider as it is.
	 * @throws InvalidValue {@code invalid.payment.amount} if less than the fee was paid
	 */
	public Provider confirmFeePayment(String reference, java.math.BigDecimal amount, String paymentId) {
		return confirmFeePayment(reference, amount, paymentId, null);
	}

	/** {@link #confirmFeePayment(String, java.math.BigDecimal, String)} through a system ({@code via}: its name, recorded). */
	public Provider confirmFeePayment(String reference, java.math.BigDecimal amount, String paymentId, String via) {
		String providerId = reference.startsWith("FEE-") && reference.lastIndexOf('-') > 4
				? reference.substring(4, reference.lastIndexOf('-')) : "";
		Provider provider = providers.findById(providerId)
			.filter(p -> reference.equals(p.fee().reference()))
			.orElseThrow(() -> new NotFound("payment " + reference));
		if (provider.fee().paid()) {
			return provider;
		}
		if (amount.compareTo(provider.fee().amount()) < 0) {
			throw new InvalidValue("invalid.payment.amount");
		}
		provider.fee().move(fees.next(provider.fee().status(), FeeTrigger.CONFIRM_PAYMENT));
		provider.fee().recordPayment(paymentId, clock.instant(), via);
		Provider saved = providers.save(provider);
		tasks.cancel(FEE_REMINDER, saved.getId());
		// onboarding is complete: submissions that waited for the fee enter the reviewers' queue
		reviews.startWaiting(saved.getId());
		meters.counter("market.onboarding.fee", "event", "paid").increment();
		return saved;
	}

	/**
	 * A deferred fee's reminder is due: returns the provider to remind if the fee is still not
	 * paid (and schedules the next reminder), or empty.
	 */
	public java.util.Optional<Provider> feeReminderDue(String providerId) {
		var provider = providers.findById(providerId).filter(p -> !p.fee().paid());
		provider.ifPresent(p -> tasks.reschedule(FEE_REMINDER + ":" + p.getId(), FEE_REMINDER, p.getId(),
				clock.instant().plus(payments.reminderAfter()), Map.of()));
		return provider;
	}

	/** Refuses (with a message and, in chat, a Pay button) while the fee is not paid. */
	public Provider requireFeePaid(long telegramUserId) {
		Provider provider = providerOf(telegramUserId);
		if (!provider.fee().paid()) {
			throw new Refused("refused.fee.unpaid");
		}
		return provider;
	}

	/**
	 * Sets the merchant accounts buyers pay into the first time; at least one is needed. Later
	 * changes go through review ({@link MerchantChanges}).
	 * @throws Refused {@code refused.fee.unpaid} before the fee is paid (accounts are opened after it),
	 * {@code refused.merchant.owner-only} once they are set
	 * @throws InvalidValue {@code invalid.merchant.none} if both are missing
	 */
	public Provider setMerchantAccounts(long telegramUserId, WeChatPayMerchantId wechat, TenpayMerchantId tenpay) {
		Provider provider = requireFeePaid(telegramUserId);
		if (provider.isPurchasable()) {
			throw new Refused("refused.merchant.owner-only");
		}
		if (wechat == null && tenpay == null) {
			throw new InvalidValue("invalid.merchant.none");
		}
		provider.setMerchantAccounts(wechat, tenpay);
		meters.counter("market.onboarding.merchant", "event", "set").increment();
		return providers.save(provider);
	}

}
