package dev.marketassist.provider;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

/** The providers in MongoDB (the onboarding path's lookups: {@link ProviderLookups}). */
public interface Providers extends MongoRepository<Provider, String>, ProviderLookups {

	Optional<Provider> findByUscc(String uscc);

	Optional<Provider> findBySubmissionId(String submissionId);

	/** The provider a Telegram user operates (the team is stored flat: {@code operators.telegramUserId}). */
	@Query("{ 'operators.telegramUserId': ?0 }")
	Optional<Provider> findFirstByOperatorsTelegramUserId(long telegramUserId);

}
