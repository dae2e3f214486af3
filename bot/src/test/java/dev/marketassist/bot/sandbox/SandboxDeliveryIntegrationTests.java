package dev.marketassist.bot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.Conversation;
import dev.marketassist.dialogs.Dialogs;
import dev.marketassist.dialogs.Inbound;
import dev.marketassist.dialogs.Input;
import dev.marketassist.dialogs.Outcome;
import dev.marketassist.dialogs.Outgoing;
import dev.marketassist.dialogs.Outgoing.Action;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.session.ChatSession;
import dev.marketassist.dialogs.session.ChatSessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The sandbox channel against the real conversations and MongoDB (the browser tests' context):
 * replies owed from before are delivered when the page opens, delivering an entry again adds
 * nothing, and edits and removed buttons change the message in place under a new revision.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SandboxDeliveryIntegrationTests {

	/** A chat of the sandbox range that no persona uses. */
	private static final long CHAT = Persona.IDS_FROM + 900_001;

	@Autowired
	Dialogs dialogs;

	@Autowired
	ChatSessions sessions;

	@Autowired
	Transcript transcript;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	WebApplicationContext context;

	@Autowired
	SandboxToken token;

	@Test
	void deliversWhatTheSessionStillOwesWhenThePageOpens() throws Exception {
		Persona ben = Persona.find("buyer-b").orElseThrow();
		Conversation conversation = ben.conversation(ben.language());
		mongo.remove(query(where("chatId").is(ben.userId())), Transcript.MESSAGES);
		mongo.remove(query(where("chatId").is(ben.userId())), ChatSession.class);
		// handled, then the application stopped before delivering
		Outcome owed = dialogs.handle(new Inbound(System.currentTimeMillis() * 1000, conversation, new Input.Command("start", "")));
		assertThat(owed.deliveries()).isNotEmpty();

		MockMvcBuilders.webAppContextSetup(context).build().perform(get("/").param("persona", "buyer-b").header(SandboxToken.HEADER, token.value())).andExpect(status().isOk());

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(transcript.changedAfter(ben.userId(), 0))
			.anySatisfy(message -> assertThat(message.html()).startsWith("Hello Ben!")));
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(sessions.findById(conversation.sessionId()).orElseThrow().getOutbox()).isEmpty());
		Transcript.Message greeting = transcript.changedAfter(ben.userId(), 0).get(0);
		assertThat(sessions.findById(conversation.sessionId()).orElseThrow().getPromptMessageId()).isEqualTo(greeting.messageId());
	}

	@Test
	void deliveringTheSameEntryAgainAddsNothing() {
		int first = transcript.send(CHAT, "entry-1", Reply.of("once"));
		int again = transcript.send(CHAT, "entry-1", Reply.of("once"));
		assertThat(again).isEqualTo(first);
		assertThat(transcript.changedAfter(CHAT, 0)).filteredOn(message -> "entry-1".equals(message.key())).hasSize(1);
	}

	@Test
	void editsAndRemovedButtonsChangeTheMessageInPlace() {
		List<List<Button>> buttons = List.of(List.of(Button.choice("Yes", dev.marketassist.dialogs.engine.DialogButtons.TYPE.encode(dev.marketassist.dialogs.engine.DialogButtons.CHOOSE, "1", "0"))));
		int id = transcript.send(CHAT, "prompt-" + System.nanoTime(), new Reply("Sure?", buttons));
		long sent = revisionOf(id);

		SandboxDelivery delivery = new SandboxDelivery(dialogs, transcript, new PendingAnswers());
		delivery.deliver(new Outcome(CHAT + ":" + CHAT, CHAT,
				List.of(new Outgoing("edit-" + System.nanoTime(), Action.EDIT, id, new Reply("<b>Sure</b>?", buttons))), null,
				false), null);
		Transcript.Message edited = message(id);
		assertThat(edited.html()).isEqualTo("<b>Sure</b>?");
		assertThat(edited.edited()).isTrue();
		assertThat(edited.live()).isTrue();
		assertThat(edited.revision()).isGreaterThan(sent);

		delivery.deliver(new Outcome(CHAT + ":" + CHAT, CHAT,
				List.of(new Outgoing("clear-" + System.nanoTime(), Action.CLEAR_KEYBOARD, id, null)), null, false), null);
		assertThat(message(id).live()).isFalse();
		assertThat(message(id).keyboard()).isEqualTo(buttons);
		assertThat(message(id).revision()).isGreaterThan(edited.revision());
	}

	@Test
	void sendsAnEditOfAMessageNoLongerKeptAsANewMessage() {
		int before = transcript.chat(CHAT).map(Transcript.Chat::lastMessageId).orElse(0);
		new SandboxDelivery(dialogs, transcript, new PendingAnswers()).deliver(new Outcome(CHAT + ":" + CHAT, CHAT,
				List.of(new Outgoing("lost-" + System.nanoTime(), Action.EDIT, 999_999, Reply.of("again"))), null, false), null);
		assertThat(message(before + 1).html()).isEqualTo("again");
	}

	private Transcript.Message message(int id) {
		return transcript.changedAfter(CHAT, 0).stream().filter(m -> m.messageId() == id).findFirst().orElseThrow();
	}

	private long revisionOf(int id) {
		return message(id).revision();
	}

}
