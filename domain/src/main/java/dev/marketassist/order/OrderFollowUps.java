package dev.marketassist.order;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.marketassist.core.schedule.DueTask;
import dev.marketassist.core.schedule.DueTasks;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * What keeps orders moving after a change: the notices still to deliver, and the due tasks they
 * lead to (the buyer's reminders and the automatic confirmation once an order is marked done, the
 * provider's response reminder once it is paid). Tasks are claimed atomically, one instance per
 * task; a claimed task is checked against the order before anyone is told, so a reminder of an
 * order that was confirmed or disputed meanwhile never goes out.
 */
@Service
public class OrderFollowUps {

	/** Due-task kind of the buyer's reminders; data {@code round}, {@code n}. */
	public static final String REMINDER = "order-reminder";

	/** Due-task kind of the automatic confirmation; data {@code round}. */
	public static final String AUTO_CONFIRM = "order-auto-confirm";

	/** Due-task kind of the provider's reminder before the response window runs out. */
	public static final String RESPONSE = "order-response";

	private static final Duration LEASE = Duration.ofMinutes(2);

	private final Orders orders;

	private final OrderManagement management;

	private final DueTasks tasks;

	private final ReminderPolicy policy;

	private final Clock clock;

	public OrderFollowUps(Orders orders, OrderManagement management, DueTasks tasks, OrderSettings settings, Clock clock) {
		this.orders = orders;
		this.management = management;
		this.tasks = tasks;
		this.policy = new ReminderPolicy(settings);
		this.clock = clock;
	}

	/** A buyer reminder to send now: number {@code n} of the order's current round. */
	public record Reminder(String taskId, Order order, int n, long daysLeft, Instant autoConfirmAt) {
	}

	/** Orders with notices not delivered yet, oldest change first. */
	public List<Order> withPendingNotices(int limit) {
		return orders.findWithPendingNotices(PageRequest.of(0, limit));
	}

	/** Schedules or cancels the tasks a notice leads to. Idempotent; stale notices change nothing. */
	public void schedule(Order order, OrderNotice notice) {
		String id = order.getId();
		switch (notice.kind()) {
			case CREATED -> tasks.schedule(RESPONSE + ":" + id, RESPONSE, id, policy.providerReminder(order.getRespondBy()), Map.of());
			case STARTED -> tasks.cancel(RESPONSE, id);
			case FINISHED -> {
				if (order.getStatus() == OrderStatus.AWAITING_CONFIRMATION && order.getRound() == notice.round()) {
					scheduleConfirmation(order);
				}
			}
			case CONFIRMED, AUTO_CONFIRMED, DISPUTED -> {
				cancelUpTo(REMINDER, id, notice.round());
				cancelUpTo(AUTO_CONFIRM, id, notice.round());
			}
			default -> {
			}
		}
	}

	private void scheduleConfirmation(Order order) {
		String id = order.getId();
		String round = Integer.toString(order.getRound());
		List<Instant> times = policy.buyerReminders(order.getDoneAt());
		for (int n = 1; n <= times.size(); n++) {
			tasks.schedule(REMINDER + ":" + id + ":" + round + ":" + n, REMINDER, id, times.get(n - 1),
					Map.of("round", round, "n", Integer.toString(n)));
		}
		tasks.schedule(AUTO_CONFIRM + ":" + id + ":" + round, AUTO_CONFIRM, id, policy.autoConfirmAt(order.getDoneAt()),
				Map.of("round", round));
	}

	private void cancelUpTo(String kind, String orderId, int round) {
		for (DueTask task : tasks.findBySubject(kind, orderId)) {
			if (round(task) <= round) {
				tasks.complete(task.id());
			}
		}
	}

	/** Forgets a delivered notice. */
	public void delivered(String orderId, String noticeKey) {
		for (int attempt = 1; attempt <= 5; attempt++) {
			Order order = orders.findById(orderId).orElse(null);
			if (order == null || !order.removeNotice(noticeKey)) {
				return;
			}
			try {
				orders.save(order);
				return;
			}
			catch (OptimisticLockingFailureException conflict) {
				// changed meanwhile: remove it from the fresh copy
			}
		}
	}

	/**
	 * Claims the buyer reminders due now, none during quiet hours (they wait for the morning).
	 * Claimed reminders that are no longer meant to go out (the order moved on, no buyer linked,
	 * a later reminder is due as well, or the automatic confirmation is) are completed here; the rest is returned to be sent and
	 * then {@link #done}.
	 */
	public List<Reminder> claimReminders(int limit) {
		Instant now = clock.instant();
		if (policy.isQuiet(now)) {
			return List.of();
		}
		List<Reminder> due = new ArrayList<>();
		for (DueTask task : tasks.claimDue(REMINDER, limit, LEASE)) {
			Optional<Reminder> reminder = reminder(task, now);
			if (reminder.isPresent()) {
				due.add(reminder.get());
			}
			else {
				tasks.complete(task.id());
			}
		}
		return due;
	}

	private Optional<Reminder> reminder(DueTask task, Instant now) {
		Order order = orders.findById(task.subject()).orElse(null);
		int n = Integer.parseInt(task.data().getOrDefault("n", "0"));
		if (order == null || order.getStatus() != OrderStatus.AWAITING_CONFIRMATION || order.getRound() != round(task)
				|| !order.isBuyerLinked() || supersededAt(task, n, now)) {
			return Optional.empty();
		}
		Instant autoConfirm = policy.autoConfirmAt(order.getDoneAt());
		if (!now.isBefore(autoConfirm)) {
			return Optional.empty();
		}
		return Optional.of(new Reminder(task.id(), order, n, policy.daysLeft(now, autoConfirm), autoConfirm));
	}

	/**
	 * A later reminder of the same round is due too (after downtime): only the latest goes out.
	 * Reads the order's reminders only (index {@code {kind, subject}}), on either server.
	 */
	private boolean supersededAt(DueTask task, int n, Instant now) {
		return tasks.findBySubject(REMINDER, task.subject())
			.stream()
			.anyMatch(other -> round(other) == round(task) && !other.dueAt().isAfter(now)
					&& Integer.parseInt(other.data().getOrDefault("n", "0")) > n);
	}

	/** Confirms the orders whose confirmation period ran out; returns those confirmed now. */
	public List<Order> autoConfirmDue(int limit) {
		List<Order> confirmed = new ArrayList<>();
		for (DueTask task : tasks.claimDue(AUTO_CONFIRM, limit, LEASE)) {
			management.autoConfirm(task.subject(), round(task)).ifPresent(confirmed::add);
			tasks.complete(task.id());
		}
		return confirmed;
	}

	/** Claims the provider response reminders due now, for orders still awaiting the start. */
	public List<Order> claimResponseReminders(int limit) {
		List<Order> due = new ArrayList<>();
		for (DueTask task : tasks.claimDue(RESPONSE, limit, LEASE)) {
			Order order = orders.findById(task.subject()).orElse(null);
			if (order != null && order.getStatus() == OrderStatus.AWAITING_START) {
				due.add(order);
			}
			else {
				tasks.complete(task.id());
			}
		}
		return due;
	}

	/** A claimed task was carried out. */
	public void done(String taskId) {
		tasks.complete(taskId);
	}

	/** The response reminder of an order was sent. */
	public void responseReminded(String orderId) {
		tasks.complete(RESPONSE + ":" + orderId);
	}

	public ReminderPolicy policy() {
		return policy;
	}

	private static int round(DueTask task) {
		return Integer.parseInt(task.data().getOrDefault("round", "0"));
	}

}
