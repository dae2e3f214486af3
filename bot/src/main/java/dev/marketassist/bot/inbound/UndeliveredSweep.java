package dev.marketassist.bot.inbound;

import dev.marketassist.dialogs.Dialogs;
import dev.marketassist.dialogs.Outcome;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
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

	/** @param channel which chats this sweep delivers to (each channel sweeps its own) */
	public UndeliveredSweep(Dialogs dialogs, ChatPipeline pipeline, Deliverer deliverer, java.util.function.LongPredicate channel) {
		this.channel = channel;
		this.dialogs = dialogs;
		this.pipeline = pipeline;
		this.deliverer = deliverer;
	}

	@Scheduled(initialDelayString = "${market.dialogs.sweep-initial-delay:5s}", fixedDelayString = "${market.dialogs.sweep-interval:15s}")
	@SchedulerLock(name = "undelivered-sweep", lockAtMostFor = "PT1M")
	public void sweep() {
		int count = 0;
		for (Outcome stale : dialogs.undelivered(200)) {
			if (!channel.test(stale.chatId())) {
				continue;
			}
			pipeline.enqueue(stale.chatId(), () -> {
				Outcome pending = dialogs.pending(stale.sessionId());
				if (pending != null && !pending.deliveries().isEmpty()) {
					deliverer.deliver(pending, null);
				}
			});
			count++;
		}
		if (count > 0) {
			log.info("Redelivering the replies owed to {} chats", count);
		}
	}

}
