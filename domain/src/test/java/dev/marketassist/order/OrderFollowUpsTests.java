package dev.marketassist.order;

import static dev.marketassist.order.OrderFixtures.BUYER;
import static dev.marketassist.order.OrderFixtures.OPERATOR;
import static dev.marketassist.order.ReminderPolicyTests.bj;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import dev.marketassist.core.schedule.DueTask;
import dev.marketassist.order.OrderFollowUps.Reminder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The tasks notices lead to, and claiming them as time passes (a clock the test moves). */
class OrderFollowUpsTests {

	final OrderFixtures fx = new OrderFixtures();

	final OrderFollowUps followUps = fx.followUps;

	@AfterEach
	void close() {
		fx.close();
	}

	/** What the notifier does: apply every pending notice's schedule, forget the notice. */
	void settle() {
		for (Order order : followUps.withPendingNotices(100)) {
			for (OrderNotice notice : order.getNotices()) {
				followUps.schedule(fx.access.get(order.getId()), notice);
				followUps.delivered(order.getId(), notice.key());
			}
		}
	}

	@Test
	void schedulesTheRemindersAndTheAutomaticConfirmationWhenTheOrderIsMarkedDone() {
		Order order = fx.doneOrder();
		settle();
		assertThat(fx.tasks.findBySubject(OrderFollowUps.REMINDER, order.getId())).extracting(DueTask::dueAt)
			.containsExactly(bj("2026-11-24T10:00"), bj("2026-11-26T10:00"), bj("2026-11-30T10:00"), bj("2026-12-06T10:00"));
		assertThat(fx.tasks.findBySubject(OrderFollowUps.AUTO_CONFIRM, order.getId())).extracting(DueTask::dueAt)
			.containsExactly(bj("2026-12-08T10:00"));
		assertThat(fx.tasks.findBySubject(OrderFollowUps.RESPONSE, order.getId())).as("started: no response reminder").isEmpty();
		assertThat(followUps.withPendingNotices(10)).isEmpty();
	}

	@Test
	void walksTheWholeScheduleWithTheDaysLeftAndConfirmsAutomaticallyAt15Days() {
		Order order = fx.doneOrder();
		settle();
		StringBuilder sent = new StringBuilder();
		for (int hour = 1; hour <= 15 * 24; hour++) {
			fx.clock.advance(Duration.ofHours(1));
			for (Reminder reminder : followUps.claimReminders(10)) {
				sent.append(reminder.n()).append('@').append(hour / 24).append(':').append(reminder.daysLeft()).append(' ');
				followUps.done(reminder.taskId());
			}
			List<Order> confirmed = followUps.autoConfirmDue(10);
			if (!confirmed.isEmpty()) {
				sent.append("auto@").append(hour / 24);
			}
		}
		assertThat(sent.toString()).isEqualTo("1@1:14 2@3:12 3@7:8 4@13:2 auto@15");
		Order done = fx.access.get(order.getId());
		assertThat(done.getStatus()).isEqualTo(OrderStatus.COMPLETED);
		assertThat(done.getHistory().get(done.getHistory().size() - 1).by()).isEqualTo(TransitionRecord.Party.SYSTEM);
		assertThat(done.getNotices()).extracting(OrderNotice::kind).containsExactly(OrderNotice.Kind.AUTO_CONFIRMED);
	}

	@Test
	void holdsRemindersDuringQuietHoursAndSendsThemInTheMorning() {
		fx.clock.set(bj("2026-11-23T21:30"));
		Order order = fx.doneOrder();
		settle();
		fx.clock.set(bj("2026-11-24T21:30"));
		assertThat(followUps.claimReminders(10)).as("21:30 + 1 day is not quiet").hasSize(1);
		fx.tasks.reschedule("order-reminder:" + order.getId() + ":1:9", OrderFollowUps.REMINDER, order.getId(),
				bj("2026-11-24T21:45"), java.util.Map.of("round", "1", "n", "9"));
		fx.clock.set(bj("2026-11-24T23:00"));
		assertThat(followUps.claimReminders(10)).as("due, but 23:00 is quiet").isEmpty();
		fx.clock.set(bj("2026-11-25T07:59"));
		assertThat(followUps.claimReminders(10)).isEmpty();
		fx.clock.set(bj("2026-11-25T08:00"));
		assertThat(followUps.claimReminders(10)).extracting(Reminder::n).containsExactly(9);
	}

	@Test
	void stopsRemindingAtOnceWhenTheBuyerConfirmsOrDisputes() {
		Order disputed = fx.doneOrder();
		Order confirmed = fx.doneOrder();
		settle();
		fx.clock.advance(Duration.ofDays(1));
		fx.management.dispute(disputed.getId(), BUYER, "Still broken");
		fx.management.confirm(confirmed.getId(), BUYER);
		assertThat(followUps.claimReminders(10)).as("even before the notices are handled").isEmpty();
		settle();
		assertThat(fx.tasks.findBySubject(OrderFollowUps.REMINDER, disputed.getId())).isEmpty();
		assertThat(fx.tasks.findBySubject(OrderFollowUps.AUTO_CONFIRM, confirmed.getId())).isEmpty();
		fx.clock.advance(Duration.ofDays(20));
		assertThat(followUps.autoConfirmDue(10)).isEmpty();
		assertThat(fx.access.get(disputed.getId()).getStatus()).isEqualTo(OrderStatus.IN_PROGRESS);
	}

	@Test
	void startsANewScheduleWhenADisputedOrderIsMarkedDoneAgain() {
		Order order = fx.doneOrder();
		settle();
		fx.clock.advance(Duration.ofDays(2));
		fx.management.dispute(order.getId(), BUYER, "Still broken");
		fx.management.finish(order.getId(), OPERATOR);
		settle();
		assertThat(fx.tasks.findBySubject(OrderFollowUps.REMINDER, order.getId())).hasSize(4)
			.allSatisfy(task -> assertThat(task.data()).containsEntry("round", "2"));
		fx.clock.advance(Duration.ofDays(1));
		assertThat(followUps.claimReminders(10)).singleElement().satisfies(r -> assertThat(r.daysLeft()).isEqualTo(14));
	}

	@Test
	void sendsOnlyTheLatestOfSeveralRemindersDueAfterDowntime() {
		fx.doneOrder();
		settle();
		fx.clock.advance(Duration.ofDays(4));
		assertThat(followUps.claimReminders(10)).extracting(Reminder::n).containsExactly(2);
		assertThat(followUps.claimReminders(10)).isEmpty();
		fx.clock.advance(Duration.ofDays(12));
		assertThat(followUps.claimReminders(10)).as("the automatic confirmation is due: no reminder any more").isEmpty();
		assertThat(followUps.autoConfirmDue(10)).hasSize(1);
	}

	@Test
	void remindsTheProviderBeforeTheResponseWindowRunsOutUnlessStarted() {
		Order waiting = fx.management.create(fx.paid("MK-A")).order();
		Order started = fx.management.create(fx.paid("MK-B")).order();
		settle();
		fx.management.start(started.getId(), OPERATOR);
		fx.clock.set(bj("2026-11-25T15:59"));
		assertThat(followUps.claimResponseReminders(10)).isEmpty();
		fx.clock.set(bj("2026-11-25T16:00"));
		assertThat(followUps.claimResponseReminders(10)).extracting(Order::getId).containsExactly(waiting.getId());
		followUps.responseReminded(waiting.getId());
		assertThat(fx.tasks.findBySubject(OrderFollowUps.RESPONSE, waiting.getId())).isEmpty();
	}

}
