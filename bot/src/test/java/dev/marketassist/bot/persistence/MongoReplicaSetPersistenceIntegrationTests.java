package dev.marketassist.bot.persistence;

import org.junit.jupiter.api.Nested;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same persistence scenarios against a real MongoDB 7 replica set (Testcontainers starts one
 * with {@code --replSet}), and the scheduler's ({@link DueTaskScenarios}). Skipped, not failed, where no Docker engine is available.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest
@ActiveProfiles("test")
class MongoReplicaSetPersistenceIntegrationTests extends PersistenceScenarios {

	@Container
	@ServiceConnection
	static MongoDBContainer mongo = new MongoDBContainer("mongo:7");

	/** The scheduler's scenarios on the real MongoDB, through the application's template. */
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
