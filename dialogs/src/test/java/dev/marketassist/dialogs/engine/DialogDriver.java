package dev.marketassist.dialogs.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.Conversation;
import dev.marketassist.dialogs.DialogsConfiguration;
import dev.marketassist.dialogs.Input;
import dev.marketassist.dialogs.Language;
import dev.marketassist.dialogs.Outgoing;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.dialogs.menu.ConversationRouter;
import dev.marketassist.dialogs.session.ChatSession;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Drives the router and engine like a chat client would, without Spring or MongoDB: it keeps
 * the session in memory and "delivers" replies by giving them message ids, as Telegram does.
 */
public final class DialogDriver {

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = DialogsConfiguration.bundles();
		messages.setBasenames("i18n/messages", "i18n/sample");
		return messages;
	}

	final SampleDialog sample = new SampleDialog();

	final DialogEngine engine;

	final ConversationRouter router;

	/** Drives the sample dialog, started from the menu's "Become a seller". */
	DialogDriver() {
		this(null);
	}

	/** Drives {@code dialog} (or the sample dialog), started from the menu's "Become a seller". */
	public DialogDriver(DialogDefinition dialog) {
		DialogDefinition driven = dialog == null ? sample.definition : dialog;
		this.engine = new DialogEngine(List.of(driven), SampleDialog.SEALER);
		this.router = new ConversationRouter(engine, Map.of("seller", driven.name()));
	}

	public final ChatSession session = new ChatSession(42, 42, Instant.parse("2026-11-23T10:00:00Z"));

	final Conversation from = new Conversation(42, 42, "en", "Ada");

	Texts texts = new Texts(messages(), Language.EN);

	/** Messages "in the chat": id → current reply (null once its keyboard is removed). */
	final Map<Integer, Reply> chat = new java.util.LinkedHashMap<>();

	List<Outgoing> lastOut = List.of();

	String lastNotice;

	private int nextMessageId = 100;

	public List<Outgoing> send(Input input) {
		Integer pressed = input instanceof Input.Choice choice ? choice.messageId() : null;
		Turn turn = new Turn(session, texts, from, Instant.parse("2026-11-23T10:05:00Z"), pressed);
		router.route(turn, input);
		lastNotice = turn.notice();
		lastOut = turn.out();
		deliver(turn.out());
		return turn.out();
	}

	public List<Outgoing> text(String text) {
		return send(new Input.Text(text));
	}

	/** Starts {@code dialog} about something, as a feature's button does. */
	public List<Outgoing> start(String dialog, Map<String, String> context) {
		Turn turn = new Turn(session, texts, from, Instant.parse("2026-11-23T10:05:00Z"), null);
		engine.start(turn, dialog, context);
		lastOut = turn.out();
		deliver(turn.out());
		return turn.out();
	}

	List<Outgoing> command(String name) {
		return send(new Input.Command(name, ""));
	}

	/** Presses the button with this label on the newest message that shows it. */
	public List<Outgoing> press(String label) {
		List<Integer> newestFirst = new ArrayList<>(chat.keySet());
		java.util.Collections.reverse(newestFirst);
		for (Integer id : newestFirst) {
			Reply reply = chat.get(id);
			for (List<Button> row : reply.keyboard()) {
				for (Button button : row) {
					if (button.label().equals(label)) {
						return send(new Input.Choice(button.data(), id));
					}
				}
			}
		}
		throw new AssertionError("no live button '" + label + "' in " + chat);
	}

	/** Presses a button by its raw data, on a given message (stale and forged presses). */
	List<Outgoing> pressData(String data, int messageId) {
		return send(new Input.Choice(data, messageId));
	}

	public Reply lastMessage() {
		return chat.get(new ArrayList<>(chat.keySet()).get(chat.size() - 1));
	}

	public String lastText() {
		return lastMessage().html();
	}

	String dataOf(String label) {
		return lastMessage().keyboard().stream().flatMap(List::stream).filter(b -> b.label().equals(label)).findFirst()
			.orElseThrow(() -> new AssertionError("no button " + label + " on " + lastMessage())).data();
	}

	public List<String> labels() {
		return lastMessage().keyboard().stream().flatMap(List::stream).map(Button::label).toList();
	}

	int lastMessageId() {
		return new ArrayList<>(chat.keySet()).get(chat.size() - 1);
	}

	private void deliver(List<Outgoing> out) {
		for (Outgoing entry : out) {
			switch (entry.action()) {
				case SEND -> {
					int id = nextMessageId++;
					chat.put(id, entry.reply());
					if (entry.reply().hasKeyboard()) {
						session.setPromptMessageId(id);
					}
				}
				case EDIT -> {
					chat.put(entry.messageId(), entry.reply());
				}
				case CLEAR_KEYBOARD -> {
					Reply old = chat.get(entry.messageId());
					chat.put(entry.messageId(), new Reply(old.html(), List.of()));
				}
			}
		}
	}

}
