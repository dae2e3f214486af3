package dev.marketassist.dialogs.session;

import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import dev.marketassist.testing.TestMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache's copy of a session after a conditional write follows the database exactly: each
 * update the confirmations and renewals make is applied by the server and in memory, and the two
 * results are compared; what {@link LocalUpdate} does not know is refused, never guessed.
 */
class LocalUpdateTests {

	static final Date UNTIL = Date.from(java.time.Instant.parse("2026-11-23T10:00:05Z"));

	TestMongo.Server server;

	MongoClient client;

	MongoCollection<Document> sessions;

	@BeforeEach
	void start() {
		server = TestMongo.start();
		client = MongoClients.create(server.bindAndGetConnectionString());
		sessions = client.getDatabase(server.database("local-update")).getCollection("chat_sessions");
	}

	@AfterEach
	void stop() {
		client.close();
		server.shutdownNow();
	}

	static Document session() {
		return new Document("_id", "7:7").append("chatId", 7L)
			.append("outbox", List.of(entry("k1"), entry("k2"), entry("k3")))
			.append("promptMessageId", 40)
			.append("lease", new Document("owner", "instance-a").append("until", UNTIL))
			.append("version", 3L);
	}

	static Document entry(String key) {
		return new Document("key", key).append("action", "SEND").append("reply", new Document("html", "Hello " + key));
	}

	@Test
	void theLastConfirmationRemovesEntriesAndTheLeaseAndRecordsThePrompt() {
		assertSameAsTheServer(session(), new Document("$inc", new Document("version", 1L))
			.append("$unset", new Document("lease", ""))
			.append("$set", new Document("promptMessageId", 41))
			.append("$pull", new Document("outbox", new Document("key", new Document("$in", List.of("k1", "k3", "k9"))))));
	}

	@Test
	void aConfirmationWithEntriesLeftRenewsTheLease() {
		Document later = new Document("owner", "instance-a").append("until", new Date(UNTIL.getTime() + 5000));
		assertSameAsTheServer(session(), new Document("$inc", new Document("version", 1L))
			.append("$set", new Document("lease", later))
			.append("$pull", new Document("outbox", new Document("key", new Document("$in", List.of("k2"))))));
	}

	@Test
	void aRenewalMovesTheLeasesEndAlone() {
		assertSameAsTheServer(session(), new Document("$set", new Document("lease.until", new Date(UNTIL.getTime() + 9000)))
			.append("$inc", new Document("version", 1L)));
	}

	@Test
	void missingFieldsAreCreatedOrLeftAlone() {
		Document bare = new Document("_id", "7:7").append("version", 0);
		assertSameAsTheServer(bare, new Document("$set", new Document("lease.until", UNTIL))
			.append("$unset", new Document("promptMessageId", ""))
			.append("$pull", new Document("outbox", new Document("key", new Document("$in", List.of("k1")))))
			.append("$inc", new Document("version", 1L).append("promptSeq", 2)));
	}

	@Test
	void equalityInAPullIsSupportedToo() {
		assertSameAsTheServer(session(), new Document("$pull", new Document("outbox", new Document("key", "k2")))
			.append("$inc", new Document("version", 1L)));
	}

	@Test
	void operatorsAndShapesItDoesNotKnowAreRefused() {
		assertThat(LocalUpdate.apply(session(), new Document("$push", new Document("outbox", entry("k4"))))).isFalse();
		assertThat(LocalUpdate.apply(session(), new Document("$pull", new Document("outbox", new Document("n", new Document("$in", List.of(1, 2)))))))
			.isFalse();
		assertThat(LocalUpdate.apply(session(), new Document("$pull", new Document("outbox", new Document("key", new Document("$nin", List.of("k1")))))))
			.isFalse();
		assertThat(LocalUpdate.apply(session(), new Document("$inc", new Document("chatId", "one")))).isFalse();
		assertThat(LocalUpdate.apply(session(), new Document("$set", new Document("chatId.x", 1)))).isFalse();
		assertThat(LocalUpdate.apply(session(), new Document("$pull", new Document("promptMessageId", new Document("key", "k1"))))).isFalse();
		assertThat(LocalUpdate.apply(session(), new Document("$rename", new Document("chatId", "chat")))).isFalse();
	}

	private void assertSameAsTheServer(Document stored, Document update) {
		sessions.deleteMany(new Document());
		sessions.insertOne(stored);
		Document local = sessions.find(new Document("_id", stored.get("_id"))).first();
		sessions.updateOne(new Document("_id", stored.get("_id")), update);
		Document byServer = sessions.find(new Document("_id", stored.get("_id"))).first();

		assertThat(LocalUpdate.apply(local, update)).isTrue();
		assertThat(local).isEqualTo(byServer);
		assertThat(local.get("version")).isInstanceOf(byServer.get("version").getClass());
	}

}
