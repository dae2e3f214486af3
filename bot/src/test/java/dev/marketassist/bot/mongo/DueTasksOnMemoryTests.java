package dev.marketassist.bot.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import dev.marketassist.bot.persistence.DueTaskScenarios;
import org.junit.jupiter.api.AfterEach;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The scheduler's scenarios on the embedded server's in-memory backend, as the application builds it. */
class DueTasksOnMemoryTests extends DueTaskScenarios {

	MongoServer server;

	MongoClient client;

	MongoTemplate mongo;

	@Override
	protected void connect() {
		this.server = new MongoServer(EmbeddedBackends.memory());
		this.client = MongoClients.create(this.server.bindAndGetConnectionString());
		this.mongo = EmbeddedBackends.template(this.client);
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Override
	protected MongoTemplate mongo() {
		return this.mongo;
	}

}
