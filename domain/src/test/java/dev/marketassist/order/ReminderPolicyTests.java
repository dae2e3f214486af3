package dev.marketassist.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/** When the buyer and the provider are reminded: the schedule, quiet hours, the countdown. */
class ReminderPolicyTests {

	final ReminderPolicy policy = new ReminderPolicy(OrderSettings.defaults());

	/** Beijing time to an instant. */
	static Instant bj(String localDateTime) {
		return java.time.LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
	}

	@Test
	void remindsAfter1_3_7And13DaysAndConfirmsAutomaticallyAfter15() {
		Instant done = bj("2026-11-23T10:00");
		assertThat(policy.buyerReminders(done)).containsExactly(bj("2026-11-24T10:00"), bj("2026-11-26T10:00"),
				bj("2026-11-30T10:00"), bj("2026-12-06T10:00"));
		assertThat(policy.autoConfirmAt(done)).isEqualTo(bj("2026-12-08T10:00"));
	}

	@Test
	void movesRemindersThatFallIntoQuietHoursToTheMorning() {
		Instant done = bj("2026-11-23T23:30");
		assertThat(policy.buyerReminders(done)).containsExactly(bj("2026-11-25T08:00"), bj("2026-11-27T08:00"),
				bj("2026-12-01T08:00"), bj("2026-12-07T08:00"));
		assertThat(policy.buyerReminders(bj("2026-11-23T06:15")).get(0)).isEqualTo(bj("2026-11-24T08:00"));
	}

	@Test
	void treatsTenPmToEightAmBeijingTimeAsQuiet() {
		assertThat(policy.isQuiet(bj("2026-11-23T21:59"))).isFalse();
		assertThat(policy.isQuiet(bj("2026-11-23T22:00"))).isTrue();
		assertThat(policy.isQuiet(bj("2026-11-24T03:00"))).isTrue();
		assertThat(policy.isQuiet(bj("2026-11-24T07:59"))).isTrue();
		assertThat(policy.isQuiet(bj("2026-11-24T08:00"))).isFalse();
		assertThat(policy.afterQuietHours(bj("2026-11-23T22:00"))).isEqualTo(bj("2026-11-24T08:00"));
		assertThat(policy.afterQuietHours(bj("2026-11-24T12:00"))).isEqualTo(bj("2026-11-24T12:00"));
	}

	@Test
	void supportsQuietHoursWithinOneDayAndNone() {
		ReminderPolicy lunch = new ReminderPolicy(new OrderSettings(null, null, QuietHours.of("12:00-14:00"), ZoneId.of("UTC"), null, null, null, null));
		assertThat(lunch.isQuiet(Instant.parse("2026-11-23T12:30:00Z"))).isTrue();
		assertThat(lunch.isQuiet(Instant.parse("2026-11-23T23:30:00Z"))).isFalse();
		assertThat(lunch.afterQuietHours(Instant.parse("2026-11-23T12:30:00Z"))).isEqualTo(Instant.parse("2026-11-23T14:00:00Z"));
		ReminderPolicy none = new ReminderPolicy(new OrderSettings(null, null, QuietHours.of("none"), null, null, null, null, null));
		assertThat(none.isQuiet(bj("2026-11-23T23:30"))).isFalse();
	}

	@Test
	void takesAConfiguredScheduleAndDropsRemindersThatWouldComeTooLate() {
		var settings = new OrderSettings(List.of(Duration.ofHours(12), Duration.ofDays(2), Duration.ofHours(71)), Duration.ofDays(3),
				null, null, null, null, null, null);
		// done at 14:00: +12 h is 02:00 (quiet: 08:00), +2 d is 14:00, +71 h is 13:00, an hour before the confirmation
		assertThat(new ReminderPolicy(settings).buyerReminders(bj("2026-11-23T14:00"))).containsExactly(bj("2026-11-24T08:00"),
				bj("2026-11-25T14:00"), bj("2026-11-26T13:00"));
		// done at 23:00: +2 d is quiet (08:00 next day); +71 h is quiet too and its morning after the confirmation: dropped
		assertThat(new ReminderPolicy(settings).buyerReminders(bj("2026-11-23T23:00"))).containsExactly(bj("2026-11-24T11:00"),
				bj("2026-11-26T08:00"));
	}

	@Test
	void countsTheDaysLeftRoundedUp() {
		Instant deadline = bj("2026-12-08T10:00");
		assertThat(policy.daysLeft(bj("2026-11-24T10:00"), deadline)).isEqualTo(14);
		assertThat(policy.daysLeft(bj("2026-11-24T20:00"), deadline)).isEqualTo(14);
		assertThat(policy.daysLeft(bj("2026-12-06T10:00"), deadline)).isEqualTo(2);
		assertThat(policy.daysLeft(bj("2026-12-08T09:00"), deadline)).isEqualTo(1);
		assertThat(policy.daysLeft(deadline, deadline)).isZero();
	}

	@Test
	void remindsTheProviderOnTheAfternoonOfTheLastDayOfTheResponseWindow() {
		Instant deadline = bj("2026-11-26T00:00");
		assertThat(policy.providerReminder(deadline)).isEqualTo(bj("2026-11-25T16:00"));
		ReminderPolicy lateLead = new ReminderPolicy(new OrderSettings(null, null, null, null, null, Duration.ofHours(1), null, null));
		assertThat(lateLead.providerReminder(deadline)).as("23:00 is quiet and the morning too late").isEqualTo(bj("2026-11-25T21:59"));
		ReminderPolicy dayLead = new ReminderPolicy(new OrderSettings(null, null, null, null, null, Duration.ofDays(1), null, null));
		assertThat(dayLead.providerReminder(deadline)).as("midnight is quiet, the morning still in time").isEqualTo(bj("2026-11-25T08:00"));
	}

	@Test
	void refusesMalformedQuietHours() {
		assertThatThrownBy(() -> QuietHours.of("22-8"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("HH:mm-HH:mm");
	}

}
