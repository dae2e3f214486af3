package dev.marketassist.dialogs.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.marketassist.testing.TestMongo;
import dev.marketassist.testing.MutableClock;
import dev.marketassist.dialogs.Outgoing;
import dev.marketassist.dialogs.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The delivery lease of a chat session between two instances (each with its own sessions store
 * and cache) on one database: taken in the save, respected by the other instance, renewed while
 * delivering, released by the last confirmation, taken over once expired.
 */
class DeliveryLeasesTests {

	static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	static final Duration LENGTH = Duration.ofSeconds(5);

	final MutableClock clock = new MutableClock(NOW);

	TestMongo.Server server;

	MongoClient client;

	ChatSessions storeA;

	ChatSessions storeB;

	DeliveryLeases a;

	DeliveryLeases b;

	@BeforeEach
	void start() {
		server = TestMongo.start();
		client = MongoClients.create(server.bindAndGetConnectionString());
		MongoTemplate mongo = new MongoTemplate(client, server.database("market-test"));
		storeA = new ChatSessions(mongo);
		storeB = new ChatSessions(mongo);
		a = new DeliveryLeases(storeA, "instance-a", LENGTH, clock);
		b = new DeliveryLeases(storeB, "instance-b", LENGTH, clock);
	}

	@AfterEach
	void stop() {
		a.close();
		b.close();
		client.close();
		server.shutdownNow();
	}

	@Test
	void isTakenInTheSaveThatStoresTheOutbox() {
		ChatSession stored = savedByA(sessionWith("k1", null));
		assertThat(stored.getLease()).isEqualTo(new DeliveryLease("instance-a", NOW.plus(LENGTH)));
		assertThat(a.holds(stored.getId())).isTrue();
		assertThat(storeB.findById(stored.getId()).orElseThrow().getLease().owner()).isEqualTo("instance-a");
	}

	@Test
	void anotherLiveInstanceStoresItsRepliesAndLeavesThemToTheHolderWhichDeliversThemNext() {
		String id = savedByA(sessionWith("k1", "onboarding/name")).getId();
		ChatSession atB = storeB.findForUpdate(id).orElseThrow();
		assertThat(b.claim(atB)).as("A holds the lease and is alive").isFalse();
		atB.queue(List.of(send("k2", "onboarding/uscc")));
		storeB.save(atB);
		assertThat(storeB.findById(id).orElseThrow().getLease().owner()).isEqualTo("instance-a");
		assertThat(b.takeOver(storeB.findById(id).orElseThrow())).as("no take-over while A's lease lives").isNull();

		ChatSession next = a.confirm(id, List.of("k1"), 11, false);
		assertThat(next.getOutbox()).extracting(Outgoing::key).containsExactly("k2");
		assertThat(next.getLease().owner()).isEqualTo("instance-a");
		assertThat(a.confirm(id, List.of("k2"), 12, false)).as("nothing left: released").isNull();
		ChatSession done = storeB.findById(id).orElseThrow();
		assertThat(done.getOutbox()).isEmpty();
		assertThat(done.getLease()).isNull();
		assertThat(done.getPromptMessageId()).isEqualTo(12);
		assertThat(a.holds(id)).isFalse();
	}

	@Test
	void isRenewedWhileDeliveringAndAnOlderCopyCannotWriteTheOldLeaseBack() {
		String id = savedByA(sessionWith("k1", null)).getId();
		ChatSession readBefore = storeB.findForUpdate(id).orElseThrow();
		clock.advance(Duration.ofSeconds(3));
		a.renewDue();
		assertThat(storeB.findById(id).orElseThrow().getLease().until()).isEqualTo(NOW.plusSeconds(3).plus(LENGTH));
		readBefore.queue(List.of(send("k2", null)));
		assertThatThrownBy(() -> storeB.save(readBefore)).isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void onceExpiredIsTakenOverWithoutRepeatingButtonRemovalsAndTheDeadHoldersLateConfirmationKeepsTheNewLease() {
		ChatSession session = new ChatSession(7, 7, NOW);
		session.queue(List.of(new Outgoing("clear", Outgoing.Action.CLEAR_KEYBOARD, 41, null), send("k1", "onboarding/name")));
		String id = savedByA(session).getId();
		a.close(); // A dies: no more renewals
		clock.advance(Duration.ofSeconds(4));
		assertThat(storeB.withExpiredLease(clock.instant(), 10)).isEmpty();
		clock.advance(Duration.ofSeconds(2));
		assertThat(storeB.withExpiredLease(clock.instant(), 10)).extracting(ChatSession::getId).containsExactly(id);

		ChatSession taken = b.takeOver(storeB.findById(id).orElseThrow());
		assertThat(taken.getLease()).isEqualTo(new DeliveryLease("instance-b", clock.instant().plus(LENGTH)));
		assertThat(taken.getOutbox()).extracting(Outgoing::key).containsExactly("k1");
		assertThat(taken.getResentPrompt()).isEqualTo("onboarding/name");
		assertThat(b.takeOver(storeB.findById(id).orElseThrow())).as("B holds it now; a second take-over of its own is "
				+ "harmless, but another instance's is refused").isNotNull();
		DeliveryLeases c = new DeliveryLeases(storeA, "instance-c", LENGTH, clock);
		try {
			assertThat(c.takeOver(storeA.findById(id).orElseThrow())).isNull();
		}
		finally {
			c.close();
		}

		assertThat(a.confirm(id, List.of("k1"), 9, false)).as("A's lease is gone: the new holder delivers the rest").isNull();
		ChatSession after = storeB.findById(id).orElseThrow();
		assertThat(after.getOutbox()).isEmpty();
		assertThat(after.getLease().owner()).isEqualTo("instance-b");
	}

	@Test
	void theConfirmationIsOneWriteAndTheHoldersCachedCopyFollowsTheDatabaseExactly() {
		List<String> commands = new java.util.concurrent.CopyOnWriteArrayList<>();
		MongoClient counting = MongoClients.create(com.mongodb.MongoClientSettings.builder()
			.applyConnectionString(new com.mongodb.ConnectionString(server.bindAndGetConnectionString()))
			.addCommandListener(new com.mongodb.event.CommandListener() {
				@Override
				public void commandStarted(com.mongodb.event.CommandStartedEvent event) {
					commands.add(event.getCommandName());
				}
			})
			.build());
		ChatSessions store = new ChatSessions(new MongoTemplate(counting, server.database("market-test")));
		DeliveryLeases holder = new DeliveryLeases(store, "instance-h", LENGTH, clock);
		try {
			ChatSession session = new ChatSession(7, 7, NOW);
			session.queue(List.of(send("k1", null), send("k2", "onboarding/name")));
			assertThat(holder.claim(session)).isTrue();
			holder.held(store.save(session));
			clock.advance(Duration.ofSeconds(3));
			holder.renewDue();
			commands.clear();

			assertThat(holder.confirm("7:7", List.of("k1", "k2"), 12, false)).isNull();
			assertThat(commands).containsExactly("update");
			commands.clear();
			ChatSession cached = store.findForUpdate("7:7").orElseThrow();
			assertThat(commands).as("answered from the cache").isEmpty();
			ChatSession stored = storeB.findById("7:7").orElseThrow();
			assertThat(cached).usingRecursiveComparison().isEqualTo(stored);
			assertThat(stored.getLease()).isNull();
			assertThat(stored.getPromptMessageId()).isEqualTo(12);
			assertThat(stored.getOutbox()).isEmpty();
			assertThat(stored.getVersion()).isEqualTo(2L);
		}
		finally {
			holder.close();
			counting.close();
		}
	}

	@Test
	void aPausedDeliveryGivesTheLeaseUpAndLeavesTheRestForTheRecovery() {
		ChatSession session = new ChatSession(7, 7, NOW);
		session.queue(List.of(send("k1", null), send("k2", null)));
		String id = savedByA(session).getId();
		assertThat(a.confirm(id, List.of("k1"), null, true)).isNull();
		ChatSession after = storeB.findById(id).orElseThrow();
		assertThat(after.getLease()).isNull();
		assertThat(after.getOutbox()).extracting(Outgoing::key).containsExactly("k2");
		assertThat(b.takeOver(after).getLease().owner()).isEqualTo("instance-b");
	}

	private ChatSession savedByA(ChatSession session) {
		assertThat(a.claim(session)).isTrue();
		ChatSession saved = storeA.save(session);
		a.held(saved);
		return saved;
	}

	private static ChatSession sessionWith(String key, String asks) {
		ChatSession session = new ChatSession(7, 7, NOW);
		session.queue(List.of(send(key, asks)));
		return session;
	}

	private static Outgoing send(String key, String asks) {
		return new Outgoing(key, Outgoing.Action.SEND, null, Reply.of("text " + key), null, null, asks);
	}

}
