package dev.marketassist.dialogs.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.marketassist.dialogs.Outgoing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One instance at a time delivers a chat session's outbox: the one holding its {@link DeliveryLease}.
 * <p>
 * The lease is taken in the same version-checked write that stores the outbox ({@link #claim}
 * before {@link ChatSessions#save}); an instance that handles an update while another live
 * instance holds the lease stores the update's effects and leaves their delivery to the holder,
 * whose delivery confirmation ({@link #confirm}) finds the new entries and delivers them too, so a
 * chat never gets a reply twice because two instances delivered one outbox. The last confirmation
 * removes the lease. While delivering, the holder renews it (every quarter of its length, in the
 * background); a dead instance's lease expires within {@code length}, and the recovery takes it
 * over ({@link #takeOver}) and delivers what is owed. Every change is one single-document atomic
 * write (a version-checked replace, or a findAndModify conditional on the version whose copy showed the holder);
 * renewals and confirmations move the version on, so a writer holding an older copy retries
 * instead of writing an old lease back.
 */
public class DeliveryLeases implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DeliveryLeases.class);

	/** How long a delivery may keep its lease renewed at most (a stuck one lets the recovery take over). */
	private static final Duration MAX_HOLD = Duration.ofMinutes(3);

	private record Held(Instant since, Instant until) {
	}

	private final ChatSessions sessions;

	private final String instance;

	private final Duration length;

	private final Clock clock;

	private final Map<String, Held> held = new ConcurrentHashMap<>();

	private final ScheduledExecutorService renewals;

	/**
	 * @param instance this instance's id, unique among the instances sharing the database
	 * @param length how long a lease lasts unless renewed (a dead instance's replies wait that long)
	 */
	public DeliveryLeases(ChatSessions sessions, String instance, Duration length, Clock clock) {
		this.sessions = sessions;
		this.instance = Objects.requireNonNull(instance, "instance");
		this.length = length;
		this.clock = clock;
		this.renewals = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "delivery-lease-renewals");
			thread.setDaemon(true);
			return thread;
		});
		long every = Math.max(50, length.toMillis() / 4);
		this.renewals.scheduleWithFixedDelay(this::renewDue, every, every, TimeUnit.MILLISECONDS);
	}

	public String instance() {
		return instance;
	}

	/**
	 * Takes the lease in the session about to be saved, unless another live instance holds it
	 * (then that one delivers what is saved). Taken over from an instance whose lease expired, the
	 * outbox may hold entries that one delivered already: its removals of old buttons are dropped
	 * (never repeated) and a dialog's prompt among what goes out again is recorded as re-sent.
	 * @return whether this instance now holds the lease (record it with {@link #held} once saved)
	 */
	public boolean claim(ChatSession session) {
		Instant now = clock.instant();
		DeliveryLease lease = session.getLease();
		if (lease != null && !lease.freeFor(instance, now)) {
			return false;
		}
		if (lease != null && !instance.equals(lease.owner())) {
			session.getOutbox().removeIf(waiting -> waiting.action() == Outgoing.Action.CLEAR_KEYBOARD);
			String asks = lastAsked(session.getOutbox());
			if (asks != null) {
				session.resent(asks, now);
			}
		}
		session.setLease(new DeliveryLease(instance, now.plus(length)));
		return true;
	}

	/** The session was saved with this instance's lease: it is renewed while the delivery lasts. */
	public void held(ChatSession saved) {
		if (saved.getLease() != null && instance.equals(saved.getLease().owner())) {
			held.put(saved.getId(), new Held(clock.instant(), saved.getLease().until()));
		}
	}

	/** Whether this instance delivers the session's outbox now. */
	public boolean holds(String sessionId) {
		return held.containsKey(sessionId);
	}

	/**
	 * For the recovery: takes the lease of a session read just now if it is free (nobody holds it,
	 * or it expired), conditional on the session's version, dropping its removals of old buttons and
	 * recording a re-sent prompt as {@link #claim} does.
	 * @return the session as leased, or {@code null} if another instance holds it or it changed
	 */
	public ChatSession takeOver(ChatSession read) {
		Instant now = clock.instant();
		if (read.getLease() != null && !read.getLease().freeFor(instance, now) || read.getVersion() == null) {
			return null;
		}
		List<String> dropped = read.getOutbox().stream()
			.filter(entry -> entry.action() == Outgoing.Action.CLEAR_KEYBOARD)
			.map(Outgoing::key)
			.toList();
		SessionChange change = new SessionChange().lease(new DeliveryLease(instance, now.plus(length))).removeEntries(dropped);
		String asks = lastAsked(read.getOutbox());
		if (asks != null) {
			change.resent(asks, now);
		}
		ChatSession taken = sessions.modify(read.getId(), read.getVersion(), change);
		if (taken != null) {
			held(taken);
		}
		return taken;
	}

	/**
	 * Confirms that outbox entries were delivered (or can never be) under this instance's lease.
	 * If entries were added meanwhile (another instance handled an update and left them to this
	 * one), the lease is renewed and the session returned: deliver its outbox next. Otherwise the
	 * lease is removed. If the lease is not this instance's any more, the entries are confirmed all
	 * the same and the new holder delivers the rest.
	 * @param pause the delivery stopped (the channel is out of reach): the lease is removed even if
	 * entries are left, which the recovery sweep delivers later
	 * @return the session whose outbox to deliver next, or {@code null}
	 */
	public ChatSession confirm(String sessionId, List<String> entryKeys, Integer promptMessageId, boolean pause) {
		Instant now = clock.instant();
		// one write in the common case: conditional on the version read, so the outbox left is known exactly
		StoredSession before = ifMine(sessionId, current -> {
			SessionChange change = new SessionChange().removeEntries(entryKeys).prompt(promptMessageId);
			return keepsLease(current, entryKeys, pause) ? change.lease(new DeliveryLease(instance, now.plus(length)))
					: change.dropLease();
		});
		if (before == null || !keepsLease(before, entryKeys, pause)) {
			held.remove(sessionId);
			if (before == null && !entryKeys.isEmpty()) {
				// not this instance's lease any more: what it delivered is confirmed all the same
				sessions.confirmDelivered(sessionId, entryKeys, promptMessageId);
			}
			return null;
		}
		// entries another instance stored meanwhile and left to this one: the whole session, to deliver them
		ChatSession next = sessions.findForUpdate(sessionId).orElse(null);
		if (next == null || next.getLease() == null || !instance.equals(next.getLease().owner())) {
			held.remove(sessionId);
			return null;
		}
		held.put(sessionId, new Held(now, next.getLease().until()));
		return next;
	}

	/** Whether a confirmation keeps the lease: entries are left that it does not confirm, and the delivery goes on. */
	private static boolean keepsLease(StoredSession session, List<String> confirmed, boolean pause) {
		return !pause && !confirmed.containsAll(session.outboxKeys());
	}

	/** Renews the leases of the deliveries in progress that are past half their length. */
	void renewDue() {
		Instant now = clock.instant();
		held.forEach((id, lease) -> {
			if (lease.until().minus(length.dividedBy(2)).isAfter(now)) {
				return;
			}
			if (lease.since().plus(MAX_HOLD).isBefore(now)) {
				held.remove(id, lease);
				return;
			}
			try {
				Instant until = now.plus(length);
				StoredSession renewed = ifMine(id, current -> new SessionChange().leaseUntil(until));
				if (renewed == null) {
					held.remove(id, lease);
				}
				else {
					held.replace(id, lease, new Held(lease.since(), until));
				}
			}
			catch (RuntimeException ex) {
				log.warn("Could not renew the delivery lease of a session: {}", ex.toString());
			}
		});
	}

	/**
	 * Makes the change made for the session as it stands if this instance holds its lease,
	 * conditional on the version it was read at (this instance's cached copy, else a read). A session
	 * that changed meanwhile is read again and checked again. Reads only the version, the lease and the
	 * outbox keys, never maps the whole session.
	 * @return the session as it was before the update; {@code null} if the lease is not this instance's
	 */
	private StoredSession ifMine(String sessionId, java.util.function.Function<StoredSession, SessionChange> change) {
		StoredSession current = sessions.peek(sessionId);
		for (int attempt = 1;; attempt++) {
			if (current == null || !instance.equals(current.leaseOwner())) {
				return null;
			}
			if (sessions.update(sessionId, current.version(), change.apply(current))) {
				return current;
			}
			if (attempt >= 16) {
				return null;
			}
			current = sessions.peek(sessionId); // the cached copy was dropped: read from MongoDB
		}
	}

	private static String lastAsked(List<Outgoing> outbox) {
		return outbox.stream().map(Outgoing::asks).filter(Objects::nonNull).reduce((first, last) -> last).orElse(null);
	}

	@Override
	public void close() {
		renewals.shutdownNow();
	}

}
