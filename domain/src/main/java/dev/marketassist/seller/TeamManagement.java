package dev.marketassist.seller;

import dev.marketassist.core.Refused;
import org.springframework.stereotype.Service;

/**
 * The people who operate a provider (its team): the owner sees them and removes operators. A
 * removed operator loses access at once, since every command finds the provider by its current
 * operators ({@link OnboardingManagement#providerOf}).
 */
@Service
public class TeamManagement {

	private final OnboardingManagement onboarding;

	private final Providers providers;

	public TeamManagement(OnboardingManagement onboarding, Providers providers) {
		this.onboarding = onboarding;
		this.providers = providers;
	}

	/**
	 * The owner's provider, with its team.
	 * @throws Refused {@code refused.team.owner-only} unless the user owns a provider
	 */
	public Provider teamOf(long ownerTelegramUserId) {
		Provider provider = onboarding.providerOf(ownerTelegramUserId);
		if (!provider.isOwner(ownerTelegramUserId)) {
			throw new Refused("refused.team.owner-only");
		}
		return provider;
	}

	/**
	 * Removes an operator (never the owner).
	 * @throws Refused {@code refused.team.owner-only}, or {@code refused.team.not-operator} if the
	 * user is not (or no longer) an operator of the owner's provider
	 */
	public Provider remove(long ownerTelegramUserId, long operatorTelegramUserId) {
		Provider provider = teamOf(ownerTelegramUserId);
		if (!provider.team().removeOperator(operatorTelegramUserId)) {
			throw new Refused("refused.team.not-operator");
		}
		return providers.save(provider);
	}

}
