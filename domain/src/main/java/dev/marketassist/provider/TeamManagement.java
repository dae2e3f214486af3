package dev.marketassist.provider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.marketassist.core.Refused;
import org.springframework.stereotype.Service;

/**
 * The people who operate a provider (its team): the owner invites operators with one-time links,
 * sees them and removes them. A removed operator loses access at once, since every command finds
 * the provider by its current operators ({@link OnboardingManagement#providerOf}).
 */
@Service
public class TeamManagement {

	private final OnboardingManagement onboarding;

	private final Providers providers;

	private final Clock clock;

	public TeamManagement(OnboardingManagement onboarding, Providers providers, Clock clock) {
		this.onboarding = onboarding;
		this.providers = providers;
		this.clock = clock;
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

	/** A one-time invitation token for another operator (owners only); valid for {@code validity}. */
	public String invite(long ownerTelegramUserId, Duration validity) {
		Provider provider = onboarding.providerOf(ownerTelegramUserId);
		if (!provider.isOwner(ownerTelegramUserId)) {
			throw new Refused("refused.invite.owner-only");
		}
		String token = provider.getId() + "x" + Tokens.random(12);
		provider.team().addInvite(new Invite(Tokens.sha256(token), clock.instant().plus(validity), null));
		providers.save(provider);
		return token;
	}

	/**
	 * Adds the Telegram user as an operator of the provider that issued {@code token}.
	 * @throws Refused {@code refused.invite.invalid} (wrong, used or expired) or
	 * {@code refused.invite.other-provider} (already operates another provider)
	 */
	public Provider acceptInvite(String token, long telegramUserId) {
		return acceptInvite(token, telegramUserId, null);
	}

	/** {@link #acceptInvite(String, long)}, the user's display name kept for the owner's /team. */
	public Provider acceptInvite(String token, long telegramUserId, String name) {
		int x = token.indexOf('x');
		String providerId = x > 0 ? token.substring(0, x) : "";
		String hash = Tokens.sha256(token);
		Instant now = clock.instant();
		Provider provider = providers.findById(providerId).orElseThrow(() -> new Refused("refused.invite.invalid"));
		Invite invite = provider.team().invites().stream().filter(i -> i.tokenHash().equals(hash)).findFirst()
			.orElseThrow(() -> new Refused("refused.invite.invalid"));
		if (provider.isOperator(telegramUserId)) {
			return provider;
		}
		if (invite.usedBy() != null || invite.expiresAt().isBefore(now)) {
			throw new Refused("refused.invite.invalid");
		}
		providers.findFirstByOperatorsTelegramUserId(telegramUserId).ifPresent(other -> {
			throw new Refused("refused.invite.other-provider");
		});
		provider.team().useInvite(hash, telegramUserId, name, now);
		return providers.save(provider);
	}

}
