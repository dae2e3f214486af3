package dev.marketassist.dialogs.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.Conversation;
import dev.marketassist.dialogs.Outgoing;
import dev.marketassist.dialogs.Outgoing.Action;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.dialogs.session.ChatSession;

/**
 * One handling of one input: the session being changed, the user's texts, and what the chat is
 * owed afterwards. A new prompt (a message with buttons) retires the previous prompt's buttons
 * (right after it is sent) so that they cannot be pressed by mistake.
 */
public final class Turn {

	private final ChatSession session;

	private final Texts texts;

	private final Conversation from;

	private final Instant now;

	private final Integer pressedMessageId;

	private final List<Outgoing> out = new ArrayList<>();

	private String notice;

	public Turn(ChatSession session, Texts texts, Conversation from, Instant now, Integer pressedMessageId) {
		this.session = session;
		this.texts = texts;
		this.from = from;
		this.now = now;
		this.pressedMessageId = pressedMessageId;
	}

	public ChatSession session() {
		return session;
	}

	public Texts texts() {
		return texts;
	}

	public Conversation from() {
		return from;
	}

	public Instant now() {
		return now;
	}

	/** A number for the buttons of the prompt about to be built. */
	public String nextSeq() {
		return Integer.toString(session.nextPromptSeq());
	}

	/** Sends a message without buttons. */
	public void say(String html) {
		out.add(new Outgoing(key(), Action.SEND, null, Reply.of(html)));
	}

	/**
	 * Sends a new prompt, then removes the buttons of the previous one: the user sees the answer
	 * to what they did first, and a press on the old buttons in between is recognised as stale by
	 * the engine anyway.
	 */
	public void prompt(String html, List<List<Button>> keyboard) {
		Integer live = session.getPromptMessageId();
		out.add(new Outgoing(key(), Action.SEND, null, new Reply(html, keyboard)));
		if (live != null) {
			out.add(new Outgoing(key(), Action.CLEAR_KEYBOARD, live, null));
			session.setPromptMessageId(null);
		}
	}

	/**
	 * Replaces the pressed message with this content (a menu moving in place); falls back to a
	 * new prompt when the input was not a button on the live prompt.
	 */
	public void replacePressed(String html, List<List<Button>> keyboard) {
		Integer live = session.getPromptMessageId();
		if (pressedMessageId != null && pressedMessageId.equals(live)) {
			out.add(new Outgoing(key(), Action.EDIT, live, new Reply(html, keyboard)));
			if (keyboard.isEmpty()) {
				session.setPromptMessageId(null);
			}
		}
		else {
			prompt(html, keyboard);
		}
	}

	/** Sends a payment request. */
	public void invoice(dev.marketassist.dialogs.Invoice invoice) {
		out.add(new Outgoing(key(), Action.INVOICE, null, null, invoice));
	}

	/** Sends a stored file ({@code StoredFile.encoded()}) with this caption. */
	public void document(String storedFile, String captionHtml) {
		out.add(new Outgoing(key(), Action.DOCUMENT, null, Reply.of(captionHtml), null, storedFile));
	}

	/** Removes the live prompt's buttons (for example after the dialog ended). */
	public void retirePrompt() {
		Integer live = session.getPromptMessageId();
		if (live != null) {
			out.add(new Outgoing(key(), Action.CLEAR_KEYBOARD, live, null));
			session.setPromptMessageId(null);
		}
	}

	/** Removes the buttons of the pressed message if it is not the live prompt (a stale button). */
	public void retirePressed() {
		if (pressedMessageId != null && !pressedMessageId.equals(session.getPromptMessageId())) {
			out.add(new Outgoing(key(), Action.CLEAR_KEYBOARD, pressedMessageId, null));
		}
	}

	/** A short acknowledgement of a button press (shown as a toast). */
	public void notice(String text) {
		this.notice = text;
	}

	public String notice() {
		return notice;
	}

	public List<Outgoing> out() {
		return out;
	}

	/**
	 * An outbox entry's key: it only has to differ from the other entries of one session's outbox,
	 * so 63 random bits from the thread's generator (not the shared, locked SecureRandom behind
	 * {@code UUID.randomUUID()}).
	 */
	private static String key() {
		return Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
	}

}
