package dev.marketassist.bot.inbound;

import java.time.Duration;
import java.time.Instant;

import dev.marketassist.dialogs.Dialogs;
import dev.marketassist.dialogs.Outcome;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Finds replies that were recorded but not confirmed delivered (a crash, Telegram unreachable)
 * and delivers them in their chat's order. Runs on one instance at a time (ShedLock).
 * <p>
 * Besides, every instance looks each second (market.dialogs.lease-sweep-interval) for chats whose
 * delivery lease expired with replies owed (the instance delivering them died or stalled) and
 * takes them over: a dead instance's replies go out within seconds, not at the next slow sweep.
 * Taking over is conditional on the session's version, so one instance wins.
 */
public class UndeliveredSweep {

	private static final Logger log = LoggerFactory.getLogger(UndeliveredSweep.class);

	private final Dialogs dialogs;

	private final ChatPipeline pipeline;

	private final Deliverer deliverer;

	private final java.util.function.LongPredicate channel;

	private final String lockName;

	private volatile LockingTaskExecutor locks;

	/** Sessions this instance queued a take-over for and has not finished yet (not queued twice). */
	private final java.util.Set<String> takingOver = java.util.concurrent.ConcurrentHashMap.newKeySet();

	/** @param channel which chats this sweep delivers to (each channel sweeps its own) */
	public UndeliveredSweep(Dialogs dialogs, ChatPipeline pipeline, Deliverer deliverer, java.util.function.LongPredicate channel) {
		this(dialogs, pipeline, deliverer, channel, "undelivered-sweep");
	}

	/** @param lockName the instance-wide lock of this sweep (several instances sweep one at a time) */
	public UndeliveredSweep(Dialogs dialogs, ChatPipeline pipeline, Deliverer deliverer, java.util.function.LongPredicate channel,
			String lockName) {
		this.lockName = lockName;
		this.channel = channel;
		this.dialogs = dialogs;
		this.pipeline = pipeline;
		this.deliverer = deliverer;
	}

	/** Coordinates the instances through MongoDB (ShedLock); without it every instance sweeps. */
	@org.springframework.beans.factory.annotation.Autowired(required = false)
	public void setLockProvider(LockProvider lockProvider) {
		this.locks = new DefaultLockingTaskExecutor(lockProvider);
	}

	@Scheduled(initialDelayString = "${market.dialogs.sweep-initial-delay:5s}", fixedDelayString = "${market.dialogs.sweep-interval:15s}")
	public void sweep() {
		if (locks == null) {
			sweepNow();
			return;
		}
		// one lock per channel, so the Telegram and the sandbox sweeps do not exclude each other
		locks.executeWithLock((Runnable) this::sweepNow,
				new LockConfiguration(Instant.now(), lockName, Duration.ofMinutes(1), Duration.ZERO));
	}

	@Scheduled(initialDelayString = "${market.dialogs.lease-sweep-interval:1s}",
			fixedDelayString = "${market.dialogs.lease-sweep-interval:1s}")
	public void sweepExpiredLeases() {
		for (Outcome orphaned : dialogs.leaseExpired(100)) {
			if (!channel.test(orphaned.chatId()) || !takingOver.add(orphaned.sessionId())) {
				continue;
			}
			log.info("Taking over the delivery to chat …{} (its delivery lease expired)", tail(orphaned.chatId()));
			pipeline.enqueueAsync(orphaned.chatId(), () -> redeliver(orphaned.sessionId())
				.whenComplete((ok, error) -> takingOver.remove(orphaned.sessionId())));
		}
	}

	private java.util.concurrent.CompletableFuture<?> redeliver(String sessionId) {
		try {
			Outcome pending = dialogs.redeliver(sessionId);
			if (pending != null && !pending.deliveries().isEmpty()) {
				return deliverer.deliverAsync(pending, null, false);
			}
			return java.util.concurrent.CompletableFuture.completedFuture(null);
		}
		catch (RuntimeException ex) {
			return java.util.concurrent.CompletableFuture.failedFuture(ex);
		}
	}

	private static String tail(long chatId) {
		String id = Long.toString(Math.abs(chatId));
		return id.length() <= 3 ? id : id.substring(id.length() - 3);
	}

	private void sweepNow() {
		int count = 0;
		for (Outcome stale : dialogs.undelivered(200)) {
			if (!channel.test(stale.chatId())) {
				continue;
			}
			// background work, and no pipeline thread waits while it is paced
			pipeline.enqueueAsync(stale.chatId(), () -> redeliver(stale.sessionId()));
			count++;
		}
		if (count > 0) {
			log.info("Redelivering the replies owed to {} chats", count);
		}
	}

}
