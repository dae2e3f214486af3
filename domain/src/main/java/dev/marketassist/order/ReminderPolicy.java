package dev.marketassist.order;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When reminders go out, as pure arithmetic on instants: the buyer's reminders after the order
 * was marked done (none in quiet hours: one that falls into them waits for their end), the
 * automatic confirmation, the days left before it, and the provider's reminder before the
 * response window runs out.
 */
public final class ReminderPolicy {

	private final OrderSettings settings;

	private final ZoneId zone;

	private final LocalTime quietStart;

	private final LocalTime quietEnd;

	public ReminderPolicy(OrderSettings settings) {
		this.settings = settings;
		this.zone = settings.zone();
		this.quietStart = settings.quietStart();
		this.quietEnd = settings.quietEnd();
	}

	/**
	 * The buyer's reminders for an order marked done at {@code doneAt}, earliest first: each
	 * scheduled offset, moved out of quiet hours, dropped if it would not come before the
	 * automatic confirmation. Reminder {@code n} is element {@code n - 1}.
	 */
	public List<Instant> buyerReminders(Instant doneAt) {
		Instant autoConfirm = autoConfirmAt(doneAt);
		List<Instant> times = new ArrayList<>();
		for (Duration offset : settings.reminders()) {
			Instant due = afterQuietHours(doneAt.plus(offset));
			if (due.isBefore(autoConfirm)) {
				times.add(due);
			}
		}
		return times;
	}

	/** When an order marked done at {@code doneAt} is confirmed automatically. */
	public Instant autoConfirmAt(Instant doneAt) {
		return doneAt.plus(settings.autoConfirmAfter());
	}

	/** Whole days left before {@code deadline}, rounded up ("within N days"); 0 once it passed. */
	public long daysLeft(Instant now, Instant deadline) {
		long seconds = Duration.between(now, deadline).getSeconds();
		return seconds <= 0 ? 0 : (seconds + 86_399) / 86_400;
	}

	/** Whether {@code instant} falls into the quiet hours. */
	public boolean isQuiet(Instant instant) {
		if (quietStart == null) {
			return false;
		}
		LocalTime time = instant.atZone(zone).toLocalTime();
		if (quietStart.isBefore(quietEnd)) {
			return !time.isBefore(quietStart) && time.isBefore(quietEnd);
		}
		return !time.isBefore(quietStart) || time.isBefore(quietEnd);
	}

	/** {@code instant} itself, or the end of the quiet hours it falls into. */
	public Instant afterQuietHours(Instant instant) {
		if (!isQuiet(instant)) {
			return instant;
		}
		ZonedDateTime local = instant.atZone(zone);
		LocalDate day = local.toLocalDate();
		if (quietStart.isAfter(quietEnd) && !local.toLocalTime().isBefore(quietStart)) {
			day = day.plusDays(1);
		}
		return day.atTime(quietEnd).atZone(zone).toInstant();
	}

	/**
	 * When the provider is reminded of a response window ending at {@code deadline}: the
	 * configured time before it; out of quiet hours, to their end if that is still before the
	 * deadline, else to the last minute before they began.
	 */
	public Instant providerReminder(Instant deadline) {
		Instant at = deadline.minus(settings.responseReminderBefore());
		if (!isQuiet(at)) {
			return at;
		}
		Instant morning = afterQuietHours(at);
		if (morning.isBefore(deadline)) {
			return morning;
		}
		ZonedDateTime local = at.atZone(zone);
		LocalDate day = local.toLocalDate();
		if (quietStart.isAfter(quietEnd) && local.toLocalTime().isBefore(quietEnd)) {
			day = day.minusDays(1);
		}
		return day.atTime(quietStart).atZone(zone).toInstant().minus(Duration.ofMinutes(1));
	}

	public ZoneId zone() {
		return zone;
	}

}
