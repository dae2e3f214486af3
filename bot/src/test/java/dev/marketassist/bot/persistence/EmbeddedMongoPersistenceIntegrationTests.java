package dev.marketassist.bot.persistence;

import org.junit.jupiter.api.Nested;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The persistence scenarios on the embedded mongo-java-server (the default without MONGODB_URI). */
@SpringBootTest
@ActiveProfiles("test")
class EmbeddedMongoPersistenceIntegrationTests extends PersistenceScenarios {

	/** The scheduler's scenarios through the application's template and embedded server. */
	@Nested
	class Scheduler extends DueTaskScenarios {

		@Autowired
		MongoTemplate template;

		@Override
		protected MongoTemplate mongo() {
			return this.template;
		}

	}

}
