package dev.marketassist.dialogs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dev.marketassist.dialogs.engine.DialogEngine;
import dev.marketassist.dialogs.engine.Turn;
import dev.marketassist.dialogs.menu.ConversationRouter;
import dev.marketassist.dialogs.session.ChatSession;
import dev.marketassist.dialogs.session.ChatSessions;
import dev.marketassist.dialogs.session.DeliveryLeases;
import dev.marketassist.dialogs.session.DialogState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The conversations' entry point for every channel: handles one input against the user's
 * session and returns what the chat is owed. The session, the de-duplication of the input and
 * the replies still to deliver are written in one version-checked write, so a crash after it
 * loses nothing (undelivered replies are found by {@link #undelivered}) and a concurrent writer
 * makes this handling retry on fresh state instead of losing or doubling an answer.
 */
public class Dialogs implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Dialogs.class);

	private static final int MAX_ATTEMPTS = 8;

	private final ChatSessions sessions;

	private final ConversationRouter router;

	private final DialogEngine engine;

	private final MessageSource messages;

	private final Clock clock;

	private final DialogSettings settings;

	private final DeliveryLeases leases;

	private final List<DeliveryTrigger> triggers = new java.util.concurrent.CopyOnWriteArrayList<>();

	public Dialogs(ChatSessions sessions, ConversationRouter router, DialogEngine engine, MessageSource messages, Clock clock,
			DialogSettings settings) {
		this.sessions = sessions;
		this.router = router;
		this.engine = engine;
		this.messages = messages;
		this.clock = clock;
		this.settings = settings;
		this.leases = new DeliveryLeases(sessions, settings.instanceId(), settings.deliveryLease(), clock);
	}

	/** This instance's id among those sharing the database (the holder of its delivery leases). */
	public String instanceId() {
		return leases.instance();
	}

	/** Adds a channel to tell when a notification is queued (Telegram's pipeline, the sandbox). */
	public void addDeliveryTrigger(DeliveryTrigger trigger) {
		triggers.add(trigger);
	}

	/**
	 * Handles one input; safe to call again with the same input (it is then a duplicate). The
	 * outcome's deliveries are what this instance must deliver now: empty when another live
	 * instance holds the chat's delivery lease (it delivers them after its current ones).
	 */
	public Outcome handle(Inbound inbound) {
		Conversation from = inbound.from();
		for (int attempt = 1;; attempt++) {
			ChatSession session = sessions.findForUpdate(from.sessionId())
				.orElseGet(() -> new ChatSession(from.chatId(), from.userId(), clock.instant()));
			boolean duplicate = session.hasSeen(inbound.updateId());
			String notice = null;
			if (duplicate && (session.getOutbox().isEmpty() || !leases.claim(session))) {
				return new Outcome(session.getId(), session.getChatId(), List.of(), null, true);
			}
			// a duplicate with replies owed that nobody live delivers (a paused or dead delivery): this instance delivers them
			boolean mine = duplicate;
			if (!duplicate) {
				Instant now = clock.instant();
				Texts texts = texts(session, from);
				Integer pressed = inbound.input() instanceof Input.Choice choice ? choice.messageId() : null;
				Turn turn = new Turn(session, texts, from, now, pressed);
				expireIdle(turn);
				router.route(turn, inbound.input());
				session.remember(inbound.updateId());
				mine = leases.claim(session);
				session.queue(turn.out());
				if (mine && session.getOutbox().isEmpty()) {
					session.setLease(null);
					mine = false;
				}
				session.setUpdatedAt(now);
				notice = turn.notice();
			}
			try {
				ChatSession saved = sessions.save(session);
				if (mine) {
					leases.held(saved);
				}
				return new Outcome(saved.getId(), saved.getChatId(), mine ? saved.getOutbox() : List.of(), notice, duplicate);
			}
			catch (OptimisticLockingFailureException | DuplicateKeyException conflict) {
				if (attempt >= MAX_ATTEMPTS) {
					throw conflict;
				}
				log.debug("Session changed concurrently, handling again (attempt {})", attempt);
			}
		}
	}

	/**
	 * Queues a message for a user's private chat outside of any update (a review result, an order
	 * step, a reminder), in the user's language, with buttons if {@code compose} gives them. The
	 * message is written to the session's outbox in one version-checked write, so it survives a
	 * crash and is delivered exactly once as the user sees it: a repeated call with the same
	 * {@code key} queues nothing. The channel is told to deliver at once.
	 * @param key identifies this notification (e.g. {@code review:42:decided}) for de-duplication
	 * @return whether it was queued now (false: it had been queued before)
	 */
	public boolean notify(long userId, String key, java.util.function.Function<Texts, Reply> compose) {
		for (int attempt = 1;; attempt++) {
			ChatSession session = sessions.findForUpdate(userId + ":" + userId)
				.orElseGet(() -> new ChatSession(userId, userId, clock.instant()));
			if (!session.rememberNotification(key)) {
				return false;
			}
			Language language = Language.fromTag(session.getLanguage());
			Texts texts = new Texts(messages, language == null ? Language.ZH_CN : language);
			Reply reply = compose.apply(texts);
			Turn turn = new Turn(session, texts, new Conversation(userId, userId, session.getLanguage(), null),
					clock.instant(), null);
			if (reply.hasKeyboard()) {
				turn.aside(reply.html(), reply.keyboard());
			}
			else {
				turn.say(reply.html());
			}
			// another live instance delivering to this chat delivers this too, after its current replies
			boolean mine = leases.claim(session);
			session.queue(turn.out());
			session.setUpdatedAt(clock.instant());
			try {
				ChatSession saved = sessions.save(session);
				if (mine) {
					leases.held(saved);
					triggers.forEach(trigger -> trigger.deliverSoon(userId, session.getId()));
				}
				return true;
			}
			catch (OptimisticLockingFailureException | DuplicateKeyException conflict) {
				if (attempt >= MAX_ATTEMPTS) {
					throw conflict;
				}
			}
		}
	}

	/**
	 * Confirms that outbox entries were delivered (or can never be); {@code promptMessageId} is the
	 * message that now carries live buttons, if the delivery left one.
	 * @return what this instance must deliver next to the chat: entries another instance added while
	 * this one delivered and left to it (the delivery lease is kept); {@code null} when nothing is
	 * left (the lease is given up)
	 */
	public Outcome delivered(String sessionId, List<String> entryKeys, Integer promptMessageId) {
		if (entryKeys.isEmpty() && !leases.holds(sessionId)) {
			return null;
		}
		ChatSession next = leases.confirm(sessionId, entryKeys, promptMessageId, false);
		return next == null ? null : new Outcome(next.getId(), next.getChatId(), next.getOutbox(), null, false);
	}

	/**
	 * The delivery stopped (the channel cannot be reached for now): confirms what was delivered and
	 * gives the delivery lease up; the recovery sweep delivers the rest later.
	 */
	public void paused(String sessionId, List<String> entryKeys, Integer promptMessageId) {
		leases.confirm(sessionId, entryKeys, promptMessageId, true);
	}

	/**
	 * What this instance must deliver to the session's chat right now (after a notification was
	 * queued): the outbox if this instance holds its delivery lease, else nothing (the holder
	 * delivers it); {@code null} if the session does not exist.
	 */
	public Outcome pending(String sessionId) {
		return sessions.findById(sessionId).map(s -> {
			boolean mine = s.getLease() != null && leases.instance().equals(s.getLease().owner());
			if (mine) {
				leases.held(s);
			}
			return new Outcome(s.getId(), s.getChatId(), mine ? s.getOutbox() : List.of(), null, false);
		}).orElse(null);
	}

	/**
	 * What the recovery sends to a session's chat after a crash, a dead instance or an outage: the
	 * outbox as it stands (a dialog's superseded prompts are gone from it already), under this
	 * instance's delivery lease, taken only if nobody live holds it. The removals of old buttons are
	 * dropped rather than repeated (a press on such a button is answered "already done" anyway, and
	 * removing buttons that are gone is an edit Telegram refuses). If a dialog's prompt is re-sent,
	 * the session records its step and the time, so that the same answer sent again right after is
	 * not taken for the next step.
	 * @return {@code null} if the session does not exist, owes nothing or another instance delivers it
	 */
	public Outcome redeliver(String sessionId) {
		ChatSession session = sessions.findById(sessionId).orElse(null);
		if (session == null || session.getOutbox().isEmpty()) {
			return null;
		}
		ChatSession taken = leases.takeOver(session);
		return taken == null ? null : new Outcome(taken.getId(), taken.getChatId(), taken.getOutbox(), null, false);
	}

	/**
	 * Sessions owing replies whose delivery lease expired (the instance delivering them died or
	 * stalled): hand each to {@link #redeliver} in the chat's order, within seconds.
	 */
	public List<Outcome> leaseExpired(int limit) {
		return sessions.withExpiredLease(clock.instant(), limit)
			.stream()
			.map(s -> new Outcome(s.getId(), s.getChatId(), s.getOutbox(), null, false))
			.toList();
	}

	/**
	 * Sessions (id and chat) whose replies were not confirmed delivered for a while, after a crash
	 * or an outage; deliver them through {@link #pending} in the chat's order.
	 */
	public List<Outcome> undelivered(int limit) {
		Instant before = clock.instant().minus(settings.redeliverAfter());
		return sessions.withUndelivered(before, limit)
			.stream()
			.map(s -> new Outcome(s.getId(), s.getChatId(), s.getOutbox(), null, false))
			.toList();
	}

	/** Texts in the language of a user the assistant may know nothing about (no database needed). */
	public Texts texts(Conversation from) {
		return new Texts(messages, Language.fromClient(from.languageCode()));
	}

	private Texts texts(ChatSession session, Conversation from) {
		Language language = session.isLanguageChosen() ? Language.fromTag(session.getLanguage()) : null;
		if (language == null) {
			language = Language.fromClient(from.languageCode());
			session.setLanguage(language.tag());
		}
		return new Texts(messages, language);
	}

	@Override
	public void close() {
		leases.close();
	}

	private void expireIdle(Turn turn) {
		Instant cutoff = turn.now().minus(settings.idleTimeout());
		ChatSession session = turn.session();
		DialogState active = session.getActive();
		if (active != null && active.getUpdatedAt().isBefore(cutoff)) {
			session.setActive(null);
			turn.say(turn.texts().get("dialog.expired", engine.title(turn.texts(), active.getDialog())));
		}
		session.getDrafts().values().removeIf(draft -> draft.getUpdatedAt().isBefore(cutoff));
	}

}
