package dev.marketassist.provider;

import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * {@link ProviderLookups} on the stored form of {@link Provider} ({@code uscc}, {@code companyName}
 * and the team stored flat as {@code operators.telegramUserId}), with a projection. Spring Data
 * finds it by its name as a fragment of {@link Providers}.
 */
public class ProviderLookupsImpl implements ProviderLookups {

	private static final String OPERATOR_ID = "operators.telegramUserId";

	private final MongoTemplate mongo;

	public ProviderLookupsImpl(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Optional<Membership> membershipOf(long telegramUserId) {
		Document found = this.mongo.execute(Provider.class, (providers) -> providers
			.find(new Document(OPERATOR_ID, telegramUserId))
			.projection(new Document("companyName", 1))
			.first());
		return Optional.ofNullable(found).map((provider) -> new Membership(String.valueOf(provider.get("_id")),
				provider.getString("companyName")));
	}

	@Override
	public boolean usccTakenByOther(String uscc, long telegramUserId) {
		Document found = this.mongo.execute(Provider.class, (providers) -> providers.find(new Document("uscc", uscc))
			.projection(new Document(OPERATOR_ID, 1))
			.first());
		return found != null && !operates(found, telegramUserId);
	}

	private static boolean operates(Document provider, long telegramUserId) {
		if (!(provider.get("operators") instanceof List<?> operators)) {
			return false;
		}
		return operators.stream()
			.anyMatch((operator) -> operator instanceof Document stored
					&& stored.get("telegramUserId") instanceof Number id && id.longValue() == telegramUserId);
	}

}
