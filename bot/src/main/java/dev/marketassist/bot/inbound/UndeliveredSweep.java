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
 */
public class UndeliveredSweep {

	private static final Logger log = LoggerFactory.getLogger(UndeliveredSweep.class);

	private final Dialogs dialogs;

	private final ChatPipeline pipeline;

	private final Deliverer deliverer;

	private final java.util.function.LongPredicate channel;

	private final String lockName;

	private volatile LockingTaskExecutor locks;

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

	private void sweepNow() {
		int count = 0;
		for (Outcome stale : dialogs.undelivered(200)) {
			if (!channel.test(stale.chatId())) {
				continue;
			}
			// background work, and no pipeline thread waits while it is paced
			pipeline.enqueueAsync(stale.chatId(), () -> {
				Outcome pending = dialogs.redeliver(stale.sessionId());
				if (pending != null && !pending.deliveries().isEmpty()) {
					return deliverer.deliverAsync(pending, null, false);
				}
				return java.util.concurrent.CompletableFuture.completedFuture(null);
			});
			count++;
		}
		if (count > 0) {
			log.info("Redelivering the replies owed to {} chats", count);
		}
	}

}
