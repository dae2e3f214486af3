package dev.marketassist.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.marketassist.testing.TestMongo;
import dev.marketassist.dialogs.engine.DialogEngine;
import dev.marketassist.dialogs.engine.EngineFixtures;
import dev.marketassist.dialogs.menu.ConversationRouter;
import dev.marketassist.dialogs.session.ChatSession;
import dev.marketassist.dialogs.session.ChatSessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import dev.marketassist.testing.MutableClock;

/** Sessions in MongoDB (mongo-java-server): state, de-duplication, outbox and concurrency. */
class DialogsPersistenceTests {

	TestMongo.Server server;

	MongoClient client;

	MongoTemplate mongo;

	ChatSessions sessions;

	EngineFixtures fixtures = new EngineFixtures();

	Dialogs dialogs;

	long updateId = 1000;

	final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

	final Conversation ada = new Conversation(7, 7, "en", "Ada");

	@BeforeEach
	void startMongo() {
		server = TestMongo.start();
		String uri = server.bindAndGetConnectionString();
		client = MongoClients.create(uri);
		mongo = new MongoTemplate(client, server.database("market-test"));
		sessions = new ChatSessions(mongo);
		dialogs = newDialogs();
	}

	/** This instance (again after a restart: the same MARKET_INSTANCE_ID, so its own leases are its own at once). */
	private Dialogs newDialogs() {
		return newDialogs(sessions, "instance-one");
	}

	/** Another application instance has its own sessions store (and its own session cache) and its own id. */
	private Dialogs newDialogs(ChatSessions sessions) {
		return newDialogs(sessions, null);
	}

	private Dialogs newDialogs(ChatSessions sessions, String instanceId) {
		DialogEngine engine = fixtures.engine();
		return new Dialogs(sessions, new ConversationRouter(engine, Map.of("seller", "sample")), engine, fixtures.messages(),
				clock, new DialogSettings(null, Duration.ofSeconds(30), instanceId, Duration.ofSeconds(5)));
	}

	@AfterEach
	void stopMongo() {
		client.close();
		server.shutdownNow();
	}

	@Test
	void keepsTheDialogAndEveryAnswerAcrossARestartOfTheDialogsService() {
		send(new Input.Command("start", ""));
		press("🏪 Become a seller");
		press("I agree");
		send(new Input.Text("Ada"));
		dialogs = newDialogs();
		Outcome resumed = send(new Input.Command("start", ""));
		assertThat(lastHtml(resumed)).contains("Sample form — step 3 of 4");
		press("▶️ Continue: Sample form");
		ChatSession stored = sessions.findById(ada.sessionId()).orElseThrow();
		assertThat(stored.getActive().getStep()).isEqualTo("note");
		assertThat(stored.getActive().getAnswers()).containsEntry("agree", "yes").containsEntry("name", "Ada");
		assertThat(stored.getActive().getTrail()).containsExactly("agree", "name");
	}

	@Test
	void keepsTheRowsBeingEnteredInTheSessionDocument() {
		ChatSession session = new ChatSession(8, 8, clock.instant());
		var state = new dev.marketassist.dialogs.session.DialogState("product", "plans", clock.instant());
		state.setRows(List.of("Standard, 1, month, 300, 270", "Premium, 1, year, 3000, 2500"));
		session.setActive(state);
		mongo.insert(session);
		ChatSession stored = mongo.findById(session.getId(), ChatSession.class);
		assertThat(stored.getActive().getRows()).containsExactly("Standard, 1, month, 300, 270", "Premium, 1, year, 3000, 2500");
		stored.getActive().setRows(null);
		mongo.save(stored);
		assertThat(mongo.findById(session.getId(), ChatSession.class).getActive().getRows()).isNull();
	}

	@Test
	void handlesARedeliveredUpdateOnce() {
		Inbound start = new Inbound(++updateId, ada, new Input.Command("start", ""));
		Outcome first = dialogs.handle(start);
		Outcome again = dialogs.handle(start);
		assertThat(first.duplicate()).isFalse();
		assertThat(again.duplicate()).isTrue();
		assertThat(sessions.findById(ada.sessionId()).orElseThrow().getOutbox()).hasSize(1);
	}

	@Test
	void keepsRepliesInTheOutboxUntilConfirmedAndFindsThemAfterACrash() {
		Outcome outcome = send(new Input.Command("start", ""));
		assertThat(dialogs.undelivered(10)).as("too recent: its delivery may still be under way").isEmpty();
		clock.advance(Duration.ofMinutes(1));
		assertThat(dialogs.undelivered(10)).extracting(Outcome::sessionId).containsExactly(ada.sessionId());
		dialogs.delivered(outcome.sessionId(), outcome.deliveries().stream().map(Outgoing::key).toList(), 555);
		ChatSession stored = sessions.findById(ada.sessionId()).orElseThrow();
		assertThat(stored.getOutbox()).isEmpty();
		assertThat(stored.getPromptMessageId()).isEqualTo(555);
		assertThat(dialogs.undelivered(10)).isEmpty();
	}

	@Test
	void storesMongoOperatorsAndMarkupAsPlainText() {
		send(new Input.Command("start", ""));
		press("🏪 Become a seller");
		press("I agree");
		send(new Input.Text("{\"$gt\": \"\"} <b>*_"));
		ChatSession stored = sessions.findById(ada.sessionId()).orElseThrow();
		assertThat(stored.getActive().getAnswers()).containsEntry("name", "{\"$gt\": \"\"} <b>*_");
	}

	@Test
	void appliesADoubleTapOnceEvenWhenBothArriveAtTheSameTime() throws Exception {
		send(new Input.Command("start", ""));
		press("🏪 Become a seller");
		Outcome prompt = dialogs.pending(ada.sessionId());
		String agree = button(prompt, "I agree");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Outcome>> taps = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			long id = ++updateId;
			Callable<Outcome> tap = () -> {
				go.await();
				return dialogs.handle(new Inbound(id, ada, new Input.Choice(agree, 1)));
			};
			taps.add(pool.submit(tap));
		}
		go.countDown();
		List<String> notices = new ArrayList<>();
		for (Future<Outcome> tap : taps) {
			notices.add(String.valueOf(tap.get().notice()));
		}
		pool.shutdown();
		ChatSession stored = sessions.findById(ada.sessionId()).orElseThrow();
		assertThat(stored.getActive().getStep()).isEqualTo("name");
		assertThat(stored.getActive().getTrail()).containsExactly("agree");
		assertThat(notices).containsExactlyInAnyOrder("null", "Already done: this button was used, or a newer message replaced it.");
	}

	@Test
	void neverLosesAnAnswerWhenTwoInstancesWriteTheSameSession() throws Exception {
		send(new Input.Command("start", ""));
		press("🏪 Become a seller");
		press("I agree");
		Dialogs otherInstance = newDialogs(new ChatSessions(mongo));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch go = new CountDownLatch(1);
		long first = ++updateId;
		long second = ++updateId;
		Future<Outcome> a = pool.submit(() -> {
			go.await();
			return dialogs.handle(new Inbound(first, ada, new Input.Text("Ada")));
		});
		Future<Outcome> b = pool.submit(() -> {
			go.await();
			return otherInstance.handle(new Inbound(second, ada, new Input.Text("first note")));
		});
		go.countDown();
		a.get();
		b.get();
		pool.shutdown();
		ChatSession stored = sessions.findById(ada.sessionId()).orElseThrow();
		assertThat(stored.getRecentUpdates()).contains(first, second);
		// both inputs were applied, one after the other, whatever their order
		assertThat(stored.getActive().getAnswers()).containsKey("name");
		assertThat(stored.getActive().getTrail()).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void twoInstancesTakingTurnsOnOneConversationEachSeeTheOthersAnswers() {
		send(new Input.Command("start", ""));
		press("🏪 Become a seller");
		press("I agree");
		Dialogs one = dialogs;
		Dialogs other = newDialogs(new ChatSessions(mongo));
		// each instance's cached copy is stale when its turn comes: the save must notice and handle again
		one.handle(new Inbound(++updateId, ada, new Input.Text("Ada")));
		Outcome second = other.handle(new Inbound(++updateId, ada, new Input.Text("first note")));
		assertThat(second.deliveries()).as("one holds the chat's delivery lease: it delivers what other stored").isEmpty();
		List<Outgoing> owedAfterSecond = sessions.findById(ada.sessionId()).orElseThrow().getOutbox();
		Outcome third = one.handle(new Inbound(++updateId, ada, new Input.Text("second note")));
		ChatSession stored = sessions.findById(ada.sessionId()).orElseThrow();
		assertThat(stored.getRecentUpdates()).contains(updateId - 2, updateId - 1, updateId);
		assertThat(stored.getActive().getAnswers()).containsEntry("name", "Ada")
			.containsEntry("note", "first note")
			.containsKey("secret");
		// nothing confirmed yet: the replies of every turn are still owed, whichever instance handled it,
		// except the dialog's older prompts, which its newest prompt supersedes
		assertThat(third.deliveries()).containsAll(owedAfterSecond.stream().filter(entry -> entry.asks() == null).toList());
		assertThat(owedAfterSecond).anyMatch(entry -> entry.asks() != null);
		assertThat(third.deliveries()).filteredOn(entry -> entry.asks() != null)
			.singleElement()
			.satisfies(prompt -> assertThat(prompt.asks()).isEqualTo(stored.getActive().getDialog() + "/" + stored.getActive().getStep()));
	}

	@Test
	void aNoticeWithButtonsArrivingMidDialogLeavesTheLivePromptsButtonsActive() {
		send(new Input.Command("start", ""));
		press("🏪 Become a seller");
		Outcome prompt = dialogs.pending(ada.sessionId());
		dialogs.delivered(prompt.sessionId(), prompt.deliveries().stream().map(Outgoing::key).toList(), 2);
		// a review result, a digest or a reminder with a button of its own reaches the chat meanwhile
		assertThat(dialogs.notify(ada.userId(), "review:1:decided",
				texts -> new Reply("Your shop was approved.", List.of(List.of(Button.choice("Help", "m:~:h")))))).isTrue();
		Outcome notice = dialogs.pending(ada.sessionId());
		assertThat(notice.deliveries()).singleElement().satisfies(sent -> assertThat(button(notice, "Help")).doesNotContain("~"));
		dialogs.delivered(notice.sessionId(), notice.deliveries().stream().map(Outgoing::key).toList(), 3);

		Outcome agreed = send(new Input.Choice(button(prompt, "I agree"), 2));

		assertThat(agreed.deliveries()).noneMatch(sent -> sent.reply() != null && sent.reply().html().contains("no longer active"));
		ChatSession stored = sessions.findById(ada.sessionId()).orElseThrow();
		assertThat(stored.getActive().getStep()).isEqualTo("name");
		assertThat(stored.getActive().getAnswers()).containsEntry("agree", "yes");
		// and the notice's own button acts too
		Outcome help = send(new Input.Choice(button(notice, "Help"), 3));
		assertThat(help.deliveries()).noneMatch(sent -> sent.reply() != null && sent.reply().html().contains("no longer active"));
		assertThat(help.deliveries()).isNotEmpty();
	}

	private Outcome send(Input input) {
		return dialogs.handle(new Inbound(++updateId, ada, input));
	}

	private void press(String label) {
		Outcome pending = dialogs.pending(ada.sessionId());
		dialogs.delivered(pending.sessionId(), pending.deliveries().stream().map(Outgoing::key).toList(), 1);
		send(new Input.Choice(button(pending, label), 1));
	}

	private static String button(Outcome outcome, String label) {
		return outcome.deliveries()
			.stream()
			.filter(o -> o.reply() != null)
			.flatMap(o -> o.reply().keyboard().stream())
			.flatMap(List::stream)
			.filter(b -> b.label().equals(label))
			.reduce((x, y) -> y)
			.orElseThrow(() -> new AssertionError("no button " + label))
			.data();
	}

	private static String lastHtml(Outcome outcome) {
		return outcome.deliveries().get(outcome.deliveries().size() - 1).reply().html();
	}

}
