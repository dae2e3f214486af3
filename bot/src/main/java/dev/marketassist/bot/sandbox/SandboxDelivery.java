package dev.marketassist.bot.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.marketassist.bot.inbound.Deliverer;
import dev.marketassist.dialogs.Conversation;
import dev.marketassist.dialogs.Dialogs;
import dev.marketassist.dialogs.Outcome;
import dev.marketassist.dialogs.Outgoing;
import dev.marketassist.dialogs.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the conversations' outbox into the sandbox transcript, entry by entry in order, and
 * confirms what was delivered in one write, as {@code TelegramDelivery} does for Telegram: a new
 * prompt's message id becomes the session's live prompt; an edit of a message the transcript no
 * longer has is sent as a new message. The waiting page request gets the outcome's notice.
 */
final class SandboxDelivery implements Deliverer {

	private static final Logger log = LoggerFactory.getLogger(SandboxDelivery.class);

	private final Dialogs dialogs;

	private final Transcript transcript;

	private final PendingAnswers answers;

	SandboxDelivery(Dialogs dialogs, Transcript transcript, PendingAnswers answers) {
		this.dialogs = dialogs;
		this.transcript = transcript;
		this.answers = answers;
	}

	@Override
	public void deliver(Outcome outcome, String requestId) {
		try {
			Outcome owed = outcome;
			while (owed != null && !owed.deliveries().isEmpty()) {
				List<String> done = new ArrayList<>();
				Integer prompt = null;
				boolean newPrompt = false;
				for (Outgoing entry : owed.deliveries()) {
					newPrompt |= entry.action() == Outgoing.Action.SEND && entry.reply().hasKeyboard();
					Integer live = perform(owed.chatId(), entry, newPrompt);
					if (live != null) {
						prompt = live;
					}
					done.add(entry.key());
				}
				// entries stored meanwhile and left to this instance (it holds the chat's delivery lease)
				owed = dialogs.delivered(owed.sessionId(), done, prompt);
			}
		}
		finally {
			answers.answer(requestId, outcome.notice());
		}
	}

	/** Performs one entry; returns the id of the message that now carries live buttons, if any. */
	private Integer perform(long chatId, Outgoing entry, boolean newPrompt) {
		Reply reply = entry.reply();
		switch (entry.action()) {
			case SEND, DOCUMENT -> {
				// a file shows as its caption: the sandbox page has no downloads
				return live(reply, transcript.send(chatId, entry.key(), reply));
			}
			case EDIT -> {
				if (transcript.edit(chatId, entry.messageId(), reply)) {
					return live(reply, entry.messageId());
				}
				return live(reply, transcript.send(chatId, entry.key(), reply));
			}
			case CLEAR_KEYBOARD -> {
				// as on Telegram: a superseded prompt whose buttons only navigate keeps them
				if (!newPrompt || !transcript.onlyNavigation(chatId, entry.messageId())) {
					transcript.retireButtons(chatId, entry.messageId());
				}
				return null;
			}
			default -> throw new IllegalStateException("unknown action " + entry.action());
		}
	}

	private static Integer live(Reply reply, int messageId) {
		return reply.hasKeyboard() ? messageId : null;
	}

	/** A message that needs no session (an apology, "delayed"); a toast if it cannot be stored either. */
	@Override
	public void notify(Conversation to, String html, String requestId) {
		try {
			transcript.send(to.chatId(), "notice-" + UUID.randomUUID(), Reply.of(html));
			answers.answer(requestId, null);
		}
		catch (RuntimeException ex) {
			log.warn("Could not add a notice to sandbox chat {}: {}", to.chatId(), ex.toString());
			answers.answer(requestId, TelegramHtml.plain(html));
		}
	}

}
