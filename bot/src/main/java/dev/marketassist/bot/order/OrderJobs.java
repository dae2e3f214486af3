package dev.marketassist.bot.order;

import dev.marketassist.dialogs.Dialogs;
import dev.marketassist.dialogs.order.OrderNotifications;
import dev.marketassist.order.Order;
import dev.marketassist.order.OrderAccess;
import dev.marketassist.order.OrderFollowUps;
import dev.marketassist.order.OrderFollowUps.Reminder;
import dev.marketassist.order.OrderSide;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The orders' clockwork, on every instance: notices a crash left behind, the buyer's reminders
 * (none in quiet hours), the automatic confirmations and the providers' response reminders. No
 * scheduler lock on purpose: each due task is claimed atomically in MongoDB, so instances share
 * the work and none is done twice; a task whose runner died is claimed again after its lease,
 * and its message is not queued twice ({@link Dialogs#notify} de-duplicates by key).
 */
@Component
class OrderJobs {

	private static final Logger log = LoggerFactory.getLogger(OrderJobs.class);

	private static final int BATCH = 50;

	private final OrderFollowUps followUps;

	private final OrderAccess access;

	private final OrderNotifier notifier;

	private final OrderNotifications messages;

	private final Dialogs dialogs;

	private final MeterRegistry meters;

	OrderJobs(OrderFollowUps followUps, OrderAccess access, OrderNotifier notifier, OrderNotifications messages,
			Dialogs dialogs, MeterRegistry meters) {
		this.followUps = followUps;
		this.access = access;
		this.notifier = notifier;
		this.messages = messages;
		this.dialogs = dialogs;
		this.meters = meters;
	}

	@Scheduled(initialDelayString = "${market.orders.sweep-initial-delay:10s}", fixedDelayString = "${market.orders.sweep-interval:30s}")
	void run() {
		for (Order order : followUps.withPendingNotices(BATCH)) {
			guarded("notices of " + order.getId(), () -> notifier.deliver(order));
		}
		for (Reminder reminder : followUps.claimReminders(BATCH)) {
			guarded(reminder.taskId(), () -> remind(reminder));
		}
		guarded("automatic confirmations", () -> meters.counter("market.orders.auto-confirmed")
			.increment(followUps.autoConfirmDue(BATCH).size()));
		for (Order order : followUps.claimResponseReminders(BATCH)) {
			guarded("response reminder of " + order.getId(), () -> remindProvider(order));
		}
	}

	private void remind(Reminder reminder) {
		Order order = reminder.order();
		dialogs.notify(order.getBuyerTelegramUserId(), "order:" + order.getId() + ":reminder:" + order.getRound() + ":" + reminder.n(),
				t -> messages.reminder(t, reminder));
		followUps.done(reminder.taskId());
		meters.counter("market.orders.reminders").increment();
	}

	private void remindProvider(Order order) {
		for (long operator : access.people(order, OrderSide.PROVIDER)) {
			dialogs.notify(operator, "order:" + order.getId() + ":respond", t -> messages.responseReminder(t, order));
		}
		followUps.responseReminded(order.getId());
	}

	/** One failure (MongoDB gone for a moment) leaves that item for the next run, not the rest. */
	private static void guarded(String what, Runnable work) {
		try {
			work.run();
		}
		catch (RuntimeException ex) {
			log.warn("Orders: {} failed, left for the next run ({})", what, ex.toString());
		}
	}

}
