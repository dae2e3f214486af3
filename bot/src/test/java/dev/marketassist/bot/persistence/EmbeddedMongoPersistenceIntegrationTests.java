package dev.marketassist.bot.persistence;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The persistence scenarios on the embedded mongo-java-server (the default without MONGODB_URI). */
@SpringBootTest
@ActiveProfiles("test")
class EmbeddedMongoPersistenceIntegrationTests extends PersistenceScenarios {

}
