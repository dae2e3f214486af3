package dev.marketassist.seller;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The providers in MongoDB. */
public interface Providers extends MongoRepository<Provider, String> {

	Optional<Provider> findByUscc(String uscc);

	Optional<Provider> findBySubmissionId(String submissionId);

	Optional<Provider> findFirstByOperatorsTelegramUserId(long telegramUserId);

}
