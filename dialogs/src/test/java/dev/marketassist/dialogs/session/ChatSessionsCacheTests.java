package dev.marketassist.dialogs.session;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.marketassist.testing.TestMongo;
import dev.marketassist.dialogs.Outgoing;
import dev.marketassist.dialogs.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The session cache: saves a read on the common path, never lets a stale copy win. */
class ChatSessionsCacheTests {

	static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	TestMongo.Server server;

	MongoClient client;

	MongoTemplate mongo;

	final List<String> commands = new CopyOnWriteArrayList<>();

	@BeforeEach
	void startMongo() {
		server = TestMongo.start();
		String uri = server.bindAndGetConnectionString();
		client = MongoClients.create(MongoClientSettings.builder()
			.applyConnectionString(new ConnectionString(uri))
			.addCommandListener(new CommandListener() {
				@Override
				public void commandStarted(CommandStartedEvent event) {
					commands.add(event.getCommandName());
				}
			})
			.build());
		mongo = new MongoTemplate(client, server.database("market-test"));
	}

	@AfterEach
	void stopMongo() {
		client.close();
		server.shutdownNow();
	}

	@Test
	void changesToAnEntityThatWereNotSavedNeverReachTheCachedCopy() {
		ChatSessions sessions = new ChatSessions(mongo);
		ChatSession session = new ChatSession(7, 7, NOW);
		session.remember(100);
		session.getOutbox().add(new Outgoing("k1", Outgoing.Action.SEND, null, Reply.of("Hello")));
		sessions.save(session);
		sessions.confirmDelivered("7:7", List.of("k1"), 41);

		// the handling of an update changes its copy, then fails before saving
		ChatSession failed = sessions.findForUpdate("7:7").orElseThrow();
		failed.remember(101);
		failed.getOutbox().add(new Outgoing("k2", Outgoing.Action.SEND, null, Reply.of("Lost")));
		failed.setLanguage("en");
		// and so does the entity that was saved
		session.remember(102);
		session.getOutbox().clear();

		commands.clear();
		ChatSession next = sessions.findForUpdate("7:7").orElseThrow();
		assertThat(commands).isEmpty();
		assertThat(next.getRecentUpdates()).containsExactly(100L);
		assertThat(next.getOutbox()).isEmpty();
		assertThat(next.getLanguage()).isEqualTo(session.getLanguage()).isNotEqualTo("en");
		assertThat(next.getPromptMessageId()).isEqualTo(41);
		ChatSession stored = sessions.findById("7:7").orElseThrow();
		assertThat(stored.getRecentUpdates()).containsExactly(100L);
		assertThat(stored.getOutbox()).isEmpty();
		assertThat(stored.getVersion()).isEqualTo(next.getVersion());
	}

	@Test
	void theNextUpdateOfAConversationNeedsNoReadAfterSaveAndConfirm() {
		ChatSessions sessions = new ChatSessions(mongo);
		ChatSession session = new ChatSession(7, 7, NOW);
		session.getOutbox().add(new Outgoing("k1", Outgoing.Action.SEND, null, Reply.of("Hello")));
		sessions.save(session);
		sessions.confirmDelivered("7:7", List.of("k1"), 41);
		commands.clear();

		ChatSession next = sessions.findForUpdate("7:7").orElseThrow();
		assertThat(commands).isEmpty();
		assertThat(next.getOutbox()).isEmpty();
		assertThat(next.getPromptMessageId()).isEqualTo(41);
		next.setLanguage("en");
		sessions.save(next);
		assertThat(commands).containsExactly("update");
		assertThat(sessions.findById("7:7").orElseThrow().getLanguage()).isEqualTo("en");
	}

	@Test
	void confirmationsKeptPendingOnACachedCopyAddUpAndAreBounded() {
		int most = SessionCache.MAX_PENDING;
		ChatSessions sessions = new ChatSessions(mongo);
		ChatSession session = new ChatSession(7, 7, NOW);
		for (int i = 1; i <= most + 1; i++) {
			session.getOutbox().add(new Outgoing("k" + i, Outgoing.Action.SEND, null, Reply.of("Hello " + i)));
		}
		sessions.save(session);
		for (int i = 1; i <= most; i++) {
			sessions.confirmDelivered("7:7", List.of("k" + i), 40 + i);
		}
		commands.clear();

		ChatSession next = sessions.findForUpdate("7:7").orElseThrow();
		assertThat(commands).isEmpty();
		assertThat(next.getOutbox()).extracting(Outgoing::key).containsExactly("k" + (most + 1));
		assertThat(next.getPromptMessageId()).isEqualTo(40 + most);
		assertThat(next.getVersion()).isEqualTo(most);

		// one change more than the copy keeps pending: it is dropped, and the session read again when needed
		sessions.confirmDelivered("7:7", List.of("k" + (most + 1)), null);
		commands.clear();
		ChatSession read = sessions.findForUpdate("7:7").orElseThrow();
		assertThat(commands).containsExactly("find");
		assertThat(read.getOutbox()).isEmpty();
		assertThat(read.getPromptMessageId()).isEqualTo(40 + most);
		assertThat(read.getVersion()).isEqualTo(most + 1);
	}

	@Test
	void aStaleCopyFailsItsSaveAndTheRetryReadsTheStoredSession() {
		ChatSessions one = new ChatSessions(mongo);
		ChatSessions other = new ChatSessions(mongo);
		one.save(new ChatSession(7, 7, NOW));
		// another instance changes the session: this instance's cached copy is now stale
		ChatSession theirs = other.findForUpdate("7:7").orElseThrow();
		theirs.setLanguage("zh-CN");
		other.save(theirs);

		ChatSession stale = one.findForUpdate("7:7").orElseThrow();
		assertThat(stale.getLanguage()).isNull();
		stale.setLanguage("en");
		assertThatThrownBy(() -> one.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);

		ChatSession fresh = one.findForUpdate("7:7").orElseThrow();
		assertThat(fresh.getLanguage()).isEqualTo("zh-CN");
		fresh.getRecentUpdates().add(5L);
		one.save(fresh);
		ChatSession stored = other.findById("7:7").orElseThrow();
		assertThat(stored.getLanguage()).isEqualTo("zh-CN");
		assertThat(stored.getRecentUpdates()).containsExactly(5L);
	}

	@Test
	void aWriteOutsideTheCacheIsNeverOverwrittenByTheCachedCopy() {
		ChatSessions sessions = new ChatSessions(mongo);
		sessions.save(new ChatSession(7, 7, NOW));
		// e.g. another instance confirming a delivery: a version-bumping update
		mongo.updateFirst(Query.query(where("_id").is("7:7")), new Update().set("promptMessageId", 99).inc("version", 1),
				ChatSession.class);
		ChatSession cached = sessions.findForUpdate("7:7").orElseThrow();
		assertThatThrownBy(() -> sessions.save(cached)).isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(sessions.findForUpdate("7:7").orElseThrow().getPromptMessageId()).isEqualTo(99);
	}

	@Test
	void aConfirmationOnAStaleCopyStillConfirmsAndDropsTheCopy() {
		ChatSessions sessions = new ChatSessions(mongo);
		ChatSession session = new ChatSession(7, 7, NOW);
		session.getOutbox().add(new Outgoing("k1", Outgoing.Action.SEND, null, Reply.of("Hello")));
		session.getOutbox().add(new Outgoing("k2", Outgoing.Action.SEND, null, Reply.of("More")));
		sessions.save(session);
		mongo.updateFirst(Query.query(where("_id").is("7:7")), new Update().set("language", "en").inc("version", 1),
				ChatSession.class);
		commands.clear();

		sessions.confirmDelivered("7:7", List.of("k1"), 41);
		// the conditional write missed (the copy was stale), so the confirmation was written unconditionally
		assertThat(commands).containsExactly("update", "update");
		ChatSession fresh = sessions.findForUpdate("7:7").orElseThrow();
		assertThat(commands).endsWith("find");
		assertThat(fresh.getLanguage()).isEqualTo("en");
		assertThat(fresh.getOutbox()).extracting(Outgoing::key).containsExactly("k2");
		assertThat(fresh.getPromptMessageId()).isEqualTo(41);
		sessions.save(fresh);
	}

	@Test
	void keepsOnlyTheMostRecentlyUsedSessions() {
		ChatSessions sessions = new ChatSessions(mongo, 2);
		for (long user = 1; user <= 3; user++) {
			sessions.save(new ChatSession(user, user, NOW));
		}
		commands.clear();
		sessions.findForUpdate("3:3");
		sessions.findForUpdate("2:2");
		assertThat(commands).isEmpty();
		sessions.findForUpdate("1:1");
		assertThat(commands).containsExactly("find");
	}

	@Test
	void aDisabledCacheReadsEveryTime() {
		ChatSessions sessions = new ChatSessions(mongo, 0);
		sessions.save(new ChatSession(7, 7, NOW));
		commands.clear();
		sessions.findForUpdate("7:7");
		sessions.findForUpdate("7:7");
		assertThat(commands).containsExactly("find", "find");
	}

}
