package dev.marketassist.bot.sandbox;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import dev.marketassist.bot.inbound.Deliverer;
import dev.marketassist.bot.inbound.OutboxDelivery;
import dev.marketassist.dialogs.Conversation;
import dev.marketassist.dialogs.Dialogs;
import dev.marketassist.dialogs.Invoice;
import dev.marketassist.dialogs.Language;
import dev.marketassist.dialogs.Outcome;
import dev.marketassist.dialogs.Outgoing;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.dialogs.session.ChatSession;
import dev.marketassist.dialogs.session.ChatSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox's {@link OutboxDelivery.Channel}: the shared outbox loop delivers the
 * conversations' outbox into the sandbox transcript, entry by entry in order, and confirms what
 * was delivered in one write, as for Telegram. A new prompt's message id becomes the session's
 * live prompt; an edit of a message the transcript no longer has is sent as a new message; a
 * payment request shows as a message with its amount and a pointer to the page's "simulate
 * payment" tool (the sandbox takes no payments). The waiting page request gets the outcome's notice.
 */
final class SandboxDelivery implements Deliverer, OutboxDelivery.Channel<SandboxDelivery.Entry> {

	private static final Logger log = LoggerFactory.getLogger(SandboxDelivery.class);

	/**
	 * One outbox entry to perform.
	 *
	 * @param afterNewPrompt whether this entry or an earlier one of the outcome sends a new prompt
	 */
	record Entry(List<String> keys, Outgoing entry, boolean afterNewPrompt) implements OutboxDelivery.Step {
	}

	private final Dialogs dialogs;

	private final Transcript transcript;

	private final PendingAnswers answers;

	private final ChatSessions sessions;

	private final OutboxDelivery<Entry> outbox;

	SandboxDelivery(Dialogs dialogs, Transcript transcript, PendingAnswers answers) {
		this(dialogs, transcript, answers, null);
	}

	/**
	 * @param sessions where the session's language is read (the texts the sandbox adds are in it); if
	 * {@code null}, the chat's client language is used
	 */
	SandboxDelivery(Dialogs dialogs, Transcript transcript, PendingAnswers answers, ChatSessions sessions) {
		this.dialogs = dialogs;
		this.transcript = transcript;
		this.answers = answers;
		this.sessions = sessions;
		this.outbox = new OutboxDelivery<>(dialogs, this, Runnable::run);
	}

	@Override
	public void deliver(Outcome outcome, String requestId) {
		try {
			this.outbox.deliver(outcome, false).join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
		finally {
			this.answers.answer(requestId, outcome.notice());
		}
	}

	@Override
	public List<Entry> plan(long chatId, List<Outgoing> entries) {
		List<Entry> steps = new ArrayList<>();
		boolean newPrompt = false;
		for (Outgoing entry : entries) {
			newPrompt |= entry.action() == Outgoing.Action.SEND && entry.reply().hasKeyboard();
			steps.add(new Entry(List.of(entry.key()), entry, newPrompt));
		}
		return steps;
	}

	/** Performs one entry, at once; completes with the id of the message that now carries live buttons, if any. */
	@Override
	public CompletableFuture<Integer> perform(Outcome owed, Entry step, boolean reply) {
		return CompletableFuture.completedFuture(perform(owed, step.entry(), step.afterNewPrompt()));
	}

	private Integer perform(Outcome owed, Outgoing entry, boolean newPrompt) {
		long chatId = owed.chatId();
		Reply reply = entry.reply();
		return switch (entry.action()) {
			// a file shows as its caption: the sandbox page has no downloads
			case SEND, DOCUMENT -> live(reply, transcript.send(chatId, entry.key(), reply));
			case EDIT -> transcript.edit(chatId, entry.messageId(), reply) ? live(reply, entry.messageId())
					: live(reply, transcript.send(chatId, entry.key(), reply));
			case CLEAR_KEYBOARD -> {
				// as on Telegram: a superseded prompt whose buttons only navigate keeps them
				if (!newPrompt || !transcript.onlyNavigation(chatId, entry.messageId())) {
					transcript.retireButtons(chatId, entry.messageId());
				}
				yield null;
			}
			case INVOICE -> {
				transcript.send(chatId, entry.key(), invoice(texts(owed), entry.invoice()));
				yield null;
			}
		};
	}

	/** The payment request as a message: what it is for, the amount, and that paying is simulated here. */
	static Reply invoice(Texts texts, Invoice invoice) {
		BigDecimal amount = BigDecimal.valueOf(invoice.amountMinor(), 2);
		return Reply.of(texts.get("sandbox.invoice", invoice.title(), invoice.description(), amount));
	}

	/** The session's language (the dialogs wrote the invoice in it), else the chat's client language. */
	private Texts texts(Outcome owed) {
		String client = transcript.chat(owed.chatId()).map(Transcript.Chat::language).orElse(null);
		Texts texts = dialogs.texts(new Conversation(owed.chatId(), owed.chatId(), client, null));
		Language chosen = (sessions == null) ? null
				: sessions.findById(owed.sessionId()).map(ChatSession::getLanguage).map(Language::fromTag).orElse(null);
		return (chosen == null) ? texts : new Texts(texts, chosen);
	}

	@Override
	public OutboxDelivery.Failure classify(Outgoing entry, Throwable error) {
		// the transcript refuses nothing for good: MongoDB is away for now
		Throwable cause = (error instanceof CompletionException && error.getCause() != null) ? error.getCause() : error;
		return OutboxDelivery.Failure.transientFailure(cause.toString());
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
