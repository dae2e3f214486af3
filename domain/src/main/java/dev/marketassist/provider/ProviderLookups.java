package dev.marketassist.provider;

import java.util.Optional;

/**
 * The questions onboarding asks of the providers while a seller chats: does the user already
 * belong to a provider, is a credit code taken. Each is one indexed query that reads the few
 * fields it needs, not the whole provider ({@link Providers} offers these beside its derived
 * queries, which map every field).
 */
public interface ProviderLookups {

	/** A provider a user owns or operates, as far as a refusal names it. */
	record Membership(String providerId, String companyName) {
	}

	/** The provider the Telegram user owns or operates, if any. */
	Optional<Membership> membershipOf(long telegramUserId);

	/** Whether a provider the Telegram user does not operate has registered this (normalised) code. */
	boolean usccTakenByOther(String uscc, long telegramUserId);

}
