package dev.marketassist.provider;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;

import dev.marketassist.core.InvalidValue;
import dev.marketassist.core.Refused;
import dev.marketassist.core.crypto.FieldCipher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Commands on provider accounts. */
@Service
public class ProviderManagement {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Providers providers;

	private final FieldCipher cipher;

	private final OnboardingSettings settings;

	private final Clock clock;

	public ProviderManagement(Providers providers, FieldCipher cipher, OnboardingSettings settings, Clock clock) {
		this.providers = providers;
		this.cipher = cipher;
		this.settings = settings;
		this.clock = clock;
	}

	public OnboardingSettings settings() {
		return settings;
	}

	/**
	 * Checks a code as the seller types it, so a code taken by another provider is refused at its
	 * own step rather than after the whole form ({@link #registerCompany} checks again, for races).
	 * @return the normalised code
	 * @throws InvalidValue as {@link UnifiedSocialCreditCode#of}, or {@code invalid.uscc.taken}
	 */
	public String availableUscc(String raw, long telegramUserId) {
		String code = UnifiedSocialCreditCode.of(raw).value();
		if (providers.usccTakenByOther(code, telegramUserId)) {
			throw new InvalidValue("invalid.uscc.taken");
		}
		return code;
	}

	/**
	 * Records the company of a seller who accepted the agreement and confirmed real-name
	 * verification; the Telegram user becomes the owner. Idempotent for one
	 * {@code submissionId}. Onboarding is for new providers only: a user who already owns or
	 * operates a provider is refused (the company, its code and its bank account change through a
	 * reviewed account change, never by onboarding again).
	 * @throws InvalidValue {@code invalid.uscc.taken} if another provider registered the code
	 * @throws Refused {@code refused.onboarding.member} if the user already belongs to a provider
	 */
	public Provider registerCompany(CompanyDetails details, long telegramUserId, String submissionId) {
		return registerCompany(details, telegramUserId, null, submissionId);
	}

	/** {@link #registerCompany(CompanyDetails, long, String)}, the owner's display name kept for /team. */
	public Provider registerCompany(CompanyDetails details, long telegramUserId, String ownerName, String submissionId) {
		var earlier = providers.findBySubmissionId(submissionId);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		providers.findFirstByOperatorsTelegramUserId(telegramUserId).ifPresent(member -> {
			throw new Refused("refused.onboarding.member", member.getCompanyName());
		});
		providers.findByUscc(details.uscc().value()).ifPresent(other -> {
			throw new InvalidValue("invalid.uscc.taken");
		});
		Instant now = clock.instant();
		Provider provider = new Provider(newAccountId(), submissionId, now);
		provider.describe(details, cipher.encrypt(details.bankAccount().digits()), now);
		provider.acceptAgreement(settings.agreementVersion(), now);
		provider.confirmRealNameVerified();
		provider.team().addOwner(telegramUserId, ownerName, now);
		try {
			return providers.save(provider);
		}
		catch (DuplicateKeyException taken) {
			throw new InvalidValue("invalid.uscc.taken");
		}
	}

	/**
	 * Puts an approved account-information change in force (the old values stayed in force until
	 * now). Idempotent: applying the same or an older decision again changes nothing.
	 * @param values new values by field: {@code companyName}, {@code contactName}, {@code contactPhone}, {@code contactEmail}
	 */
	public void applyAccountChange(String providerId, java.util.Map<String, String> values, Instant decidedAt) {
		providers.findById(providerId).filter(provider -> provider.changeAccountInfo(values, decidedAt)).ifPresent(providers::save);
	}

	/** A new marketplace account ID: 12 digits, never starting with 0. */
	private static String newAccountId() {
		return Long.toString(100_000_000_000L + (RANDOM.nextLong() & Long.MAX_VALUE) % 900_000_000_000L);
	}

}
