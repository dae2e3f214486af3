package dev.marketassist.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import dev.marketassist.testing.EndToEnd;
import dev.marketassist.testing.TestMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Several instances share one MongoDB only with one key: an instance started with another
 * MARKET_ENCRYPTION_KEY refuses to start, with a message saying why, before it reads or writes
 * anything sealed; the right key starts again.
 */
class EncryptionKeyCheckTests {

	private static final String KEY_A = Base64.getEncoder().encodeToString(new byte[32]);

	private static final String KEY_B = Base64.getEncoder().encodeToString("another key, another key, 32 by!".getBytes());

	private TestMongo.Server mongo;

	private String uri;

	private String database;

	@BeforeEach
	void startMongo() {
		mongo = TestMongo.start();
		database = mongo.database("market");
		uri = TestMongo.withDatabase(mongo.bindAndGetConnectionString(), database);
	}

	@AfterEach
	void stopMongo() {
		mongo.shutdownNow();
	}

	@Test
	void aSecondInstanceWithAnotherKeyRefusesToStartAndTheRightKeyStarts() {
		try (ConfigurableApplicationContext first = start(KEY_A)) {
			org.bson.Document check = first.getBean(MongoTemplate.class)
				.getCollection(EncryptionKeyCheck.COLLECTION)
				.find(new org.bson.Document("_id", EncryptionKeyCheck.ID))
				.first();
			assertThat(check).as("the first instance records its key's check value").isNotNull();
			assertThat(check.getString("sealed")).startsWith("v1:").doesNotContain("market-assistant");

			assertThatThrownBy(() -> start(KEY_B).close()).as("an instance with another key, while the first runs")
				.isInstanceOf(EncryptionKeyCheck.WrongEncryptionKey.class)
				.hasMessageContaining("cannot open the values stored in this MongoDB")
				.hasMessageNotContaining(KEY_B);
		}
		try (ConfigurableApplicationContext again = start(KEY_A)) {
			assertThat(again.isRunning()).as("the right key starts again").isTrue();
		}
	}

	private ConfigurableApplicationContext start(String key) {
		return EndToEnd.app().args("--management.server.port=0", "--spring.mongodb.uri=" + uri,
				"--spring.mongodb.database=" + database, "--market.encryption.key=" + key, "--market.mongo.timeout=2s",
				"--market.sandbox.enabled=false").start();
	}

}
