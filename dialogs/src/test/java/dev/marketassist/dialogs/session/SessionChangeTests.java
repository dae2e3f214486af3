package dev.marketassist.dialogs.session;

import java.time.Instant;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import dev.marketassist.testing.TestMongo;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change made in memory is the change the server makes: every change the delivery confirmations
 * and renewals make is applied by the server to a stored session and, in memory, to the same
 * session decoded; the two are compared in their stored form (names, order aside, values and BSON
 * types), and what a confirmation sees of them too.
 */
class SessionChangeTests {

	static final Instant LATER = Instant.parse("2026-12-07T10:16:05.987654321Z");

	final ChatSessionCodec codec = new ChatSessionCodec();

	TestMongo.Server server;

	MongoClient client;

	MongoCollection<RawBsonDocument> sessions;

	@BeforeEach
	void start() {
		server = TestMongo.start();
		client = MongoClients.create(server.bindAndGetConnectionString());
		sessions = client.getDatabase(server.database("session-change"))
			.getCollection("chat_sessions", RawBsonDocument.class);
	}

	@AfterEach
	void stop() {
		client.close();
		server.shutdownNow();
	}

	@Test
	void theLastConfirmationRemovesEntriesAndTheLeaseAndRecordsThePrompt() {
		assertSameAsTheServer(ChatSessionCodecTests.everyFieldSet(),
				new SessionChange().removeEntries(List.of("k1", "k3", "k9")).prompt(81).dropLease());
	}

	@Test
	void aConfirmationWithEntriesLeftRenewsTheLease() {
		assertSameAsTheServer(ChatSessionCodecTests.everyFieldSet(),
				new SessionChange().removeEntries(List.of("k2")).lease(new DeliveryLease("instance-b", LATER)));
	}

	@Test
	void aRenewalMovesTheLeasesEndAlone() {
		assertSameAsTheServer(ChatSessionCodecTests.everyFieldSet(), new SessionChange().leaseUntil(LATER));
	}

	@Test
	void aTakeOverLeasesDropsEntriesAndRecordsTheResentPrompt() {
		assertSameAsTheServer(ChatSessionCodecTests.everyFieldSet(), new SessionChange()
			.lease(new DeliveryLease("instance-c", LATER))
			.removeEntries(List.of("k2"))
			.resent("onboarding/company", LATER));
	}

	@Test
	void onANewSessionMissingFieldsAreCreatedOrLeftAlone() {
		ChatSession fresh = new ChatSession(7, 7, ChatSessionCodecTests.NOW);
		fresh.setVersion(0L);
		assertSameAsTheServer(fresh, new SessionChange().leaseUntil(LATER).removeEntries(List.of("k1")));
		assertSameAsTheServer(fresh, new SessionChange().prompt(5).dropLease());
	}

	@Test
	void changesMadeOneAfterAnotherAddUp() {
		ChatSession session = ChatSessionCodecTests.everyFieldSet();
		RawBsonDocument stored = new RawBsonDocument(session, codec);
		sessions.insertOne(stored);
		List<SessionChange> changes = List.of(new SessionChange().leaseUntil(LATER),
				new SessionChange().removeEntries(List.of("k1")).prompt(90).lease(new DeliveryLease("instance-a", LATER)),
				new SessionChange().removeEntries(List.of("k2", "k3", "k4")).dropLease());
		long version = session.getVersion();
		StoredSession seen = StoredSession.of(session);
		for (SessionChange change : changes) {
			assertThat(sessions.updateOne(new Document("_id", session.getId()).append("version", version), change.update())
				.getModifiedCount()).isEqualTo(1);
			seen = change.applyTo(seen);
			version++;
		}
		ChatSession local = stored.decode(codec);
		changes.forEach(change -> change.applyTo(local));
		ChatSession byServer = sessions.find(new Document("_id", session.getId())).first().decode(codec);

		assertThat(stored(local)).isEqualTo(stored(byServer));
		assertThat(local.getOutbox()).isEmpty();
		assertThat(local.getLease()).isNull();
		assertThat(seen).isEqualTo(StoredSession.of(byServer)).isEqualTo(new StoredSession(15, null, List.of()));
	}

	private void assertSameAsTheServer(ChatSession session, SessionChange change) {
		sessions.deleteMany(new Document());
		RawBsonDocument stored = new RawBsonDocument(session, codec);
		sessions.insertOne(stored);
		assertThat(sessions.updateOne(new Document("_id", session.getId()).append("version", session.getVersion()),
				change.update()).getMatchedCount()).isEqualTo(1);
		ChatSession byServer = sessions.find(new Document("_id", session.getId())).first().decode(codec);

		ChatSession local = stored.decode(codec);
		change.applyTo(local);

		assertThat(stored(local)).isEqualTo(stored(byServer));
		assertThat(local.getLease()).as("to the millisecond, as stored").isEqualTo(byServer.getLease());
		assertThat(local.getVersion()).isEqualTo(session.getVersion() + 1);
		assertThat(change.applyTo(StoredSession.of(stored.decode(codec)))).isEqualTo(StoredSession.of(byServer));
	}

	/** The stored form as a plain document: fields compared by name, with their values' BSON types. */
	private Document stored(ChatSession session) {
		return Document.parse(new RawBsonDocument(session, codec).toJson());
	}

}
