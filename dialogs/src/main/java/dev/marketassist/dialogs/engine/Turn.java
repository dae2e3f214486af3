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

	/** The nonces issued by this turn (they stay live when it retires older messages). */
	private final List<String> issued = new ArrayList<>();

	/** Whether this turn already edited or cleared the pressed message. */
	private boolean pressedSettled;

	/** The nonce of the pressed button's message, once the router checked it. */
	private String pressedNonce;

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

	/** The router checked the pressed button: its message's nonce is live. */
	public void pressing(String nonce) {
		this.pressedNonce = nonce;
	}

	/** The message the input pressed a button of, or {@code null}. */
	public Integer pressedMessageId() {
		return pressedMessageId;
	}

	/**
	 * Writes a fresh nonce into the keyboard's buttons and makes it the only live one besides
	 * those of this turn: the older messages' buttons act no more.
	 */
	private List<List<Button>> stamp(List<List<Button>> keyboard) {
		session.keepOnlyNonces(issued);
		if (keyboard.isEmpty()) {
			return keyboard;
		}
		String nonce = session.issueNonce();
		issued.add(nonce);
		return ButtonType.stamp(keyboard, nonce);
	}

	/**
	 * Sends a message with buttons beside the conversation (a notice: a review result, a digest, a
	 * reminder): its buttons get a nonce of their own, and the live prompt and the other messages'
	 * buttons stay as they are, so a notice arriving in the middle of a dialog or a ticket view
	 * retires nothing the user is working with.
	 */
	public void aside(String html, List<List<Button>> keyboard) {
		String nonce = session.issueNonce();
		issued.add(nonce);
		out.add(new Outgoing(key(), Action.SEND, null, new Reply(html, ButtonType.stamp(keyboard, nonce))));
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
		prompt(html, keyboard, null);
	}

	/**
	 * A prompt of a dialog step ({@code asks} is {@code <dialog>/<step>}): it supersedes the
	 * prompts of the same dialog still in the outbox.
	 */
	public void prompt(String html, List<List<Button>> keyboard, String asks) {
		Integer live = session.getPromptMessageId();
		out.add(new Outgoing(key(), Action.SEND, null, new Reply(html, stamp(keyboard)), null, null, asks));
		if (live != null) {
			clearKeyboard(live);
			session.setPromptMessageId(null);
			pressedSettled |= live.equals(pressedMessageId);
		}
	}

	/**
	 * Replaces the pressed message with this content (a menu moving in place); falls back to a
	 * new prompt when the input was not a button on the live prompt.
	 */
	public void replacePressed(String html, List<List<Button>> keyboard) {
		Integer live = session.getPromptMessageId();
		if (pressedMessageId != null && pressedMessageId.equals(live)) {
			out.add(new Outgoing(key(), Action.EDIT, live, new Reply(html, stamp(keyboard))));
			pressedSettled = true;
			if (keyboard.isEmpty()) {
				session.retire(live);
				session.setPromptMessageId(null);
			}
			else {
				session.rearm(live);
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
		session.keepOnlyNonces(issued);
		if (live != null) {
			clearKeyboard(live);
			session.setPromptMessageId(null);
			pressedSettled |= live.equals(pressedMessageId);
		}
	}

	/**
	 * Removes the buttons of the pressed message (once per turn) if it is not the live prompt,
	 * which a newer prompt of this turn retires anyway.
	 */
	public void retirePressed() {
		if (pressedMessageId != null && !pressedSettled && !pressedMessageId.equals(session.getPromptMessageId())) {
			clearKeyboard(pressedMessageId);
			pressedSettled = true;
			if (pressedNonce != null) {
				session.consume(pressedNonce); // its buttons are gone
			}
		}
	}

	/**
	 * After a press that used its message's nonce: removes the pressed message's buttons unless
	 * this turn edited, cleared or superseded it, so no dead buttons stay on screen.
	 */
	public void settlePressed() {
		if (pressedMessageId == null || pressedSettled) {
			return;
		}
		if (pressedMessageId.equals(session.getPromptMessageId())) {
			if (!issued.isEmpty()) {
				return; // the new prompt of this turn retires it when it is delivered
			}
			session.setPromptMessageId(null);
		}
		clearKeyboard(pressedMessageId);
		pressedSettled = true;
	}

	/** Removes a message's buttons, unless their removal was asked before (it would change nothing). */
	private void clearKeyboard(int messageId) {
		if (session.retire(messageId)) {
			out.add(new Outgoing(key(), Action.CLEAR_KEYBOARD, messageId, null));
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
