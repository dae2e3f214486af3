package dev.marketassist.core.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Decides which days are working days and computes deadlines counted in working days.
 * <p>
 * A day is a working day if it is a make-up workday, or else if it is Monday to Friday
 * and not a holiday (see {@link CalendarSettings}). Instants are read as local days in
 * the configured zone, so a submission at 23:30 Beijing time belongs to that Beijing day.
 */
public final class WorkingDayCalendar {

	private final ZoneId zone;

	private final Set<LocalDate> holidays;

	private final Set<LocalDate> makeUpWorkdays;

	public WorkingDayCalendar(CalendarSettings settings) {
		this.zone = settings.zone();
		this.holidays = settings.holidays();
		this.makeUpWorkdays = settings.makeUpWorkdays();
	}

	/** The zone in which instants are read as days. */
	public ZoneId zone() {
		return zone;
	}

	/**
	 * Tells whether a day is a working day.
	 * @param date the day
	 * @return {@code true} for a make-up workday, or a weekday that is not a holiday
	 */
	public boolean isWorkingDay(LocalDate date) {
		if (makeUpWorkdays.contains(date)) {
			return true;
		}
		return !isWeekend(date) && !holidays.contains(date);
	}

	/**
	 * The {@code n}th working day strictly after a day: one working day after a Friday
	 * is the next Monday (if that is not a holiday).
	 * @param from the day to count from (not counted itself)
	 * @param n how many working days, 0 or more; 0 gives {@code from}
	 * @return the {@code n}th working day after {@code from}
	 */
	public LocalDate addWorkingDays(LocalDate from, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("working days must not be negative: " + n);
		}
		LocalDate day = from;
		for (int counted = 0; counted < n;) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/**
	 * When something submitted at {@code submitted} is due: the end of the
	 * {@code workingDays}th working day strictly after the submission's local day, as the
	 * (exclusive) start of the following day. A Friday-evening submission with 3 working
	 * days is due at the end of Wednesday.
	 * @param submitted when it was submitted
	 * @param workingDays the period in working days
	 * @return the first instant at which it is overdue
	 */
	public Instant dueAfter(Instant submitted, int workingDays) {
		LocalDate lastDay = addWorkingDays(localDate(submitted), workingDays);
		return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
	}

	/**
	 * How many whole working days lie after the local day of {@code from} and end no
	 * later than {@code to}: for "N working days left" messages. For a deadline from
	 * {@link #dueAfter(Instant, int)}, {@code workingDaysBetween(submitted, due)} is the
	 * period itself.
	 * @param from usually now
	 * @param to usually a deadline
	 * @return the number of working days, 0 if {@code to} is not later than {@code from}
	 */
	public long workingDaysBetween(Instant from, Instant to) {
		// working days D with localDate(from) < D and startOfDay(D + 1) <= to
		LocalDate first = localDate(from).plusDays(1);
		LocalDate last = localDate(to).minusDays(1);
		if (!to.isAfter(from) || last.isBefore(first)) {
			return 0;
		}
		long count = weekdays(first, last);
		for (LocalDate holiday : holidays) {
			if (within(holiday, first, last) && !isWeekend(holiday)) {
				count--;
			}
		}
		for (LocalDate workday : makeUpWorkdays) {
			if (within(workday, first, last) && isWeekend(workday)) {
				count++;
			}
		}
		return count;
	}

	private LocalDate localDate(Instant instant) {
		return instant.atZone(zone).toLocalDate();
	}

	/** Mondays to Fridays from {@code first} to {@code last}, both included. */
	private static long weekdays(LocalDate first, LocalDate last) {
		long days = ChronoUnit.DAYS.between(first, last) + 1;
		long count = days / 7 * 5;
		LocalDate day = first.plusDays(days / 7 * 7);
		for (; !day.isAfter(last); day = day.plusDays(1)) {
			if (!isWeekend(day)) {
				count++;
			}
		}
		return count;
	}

	private static boolean within(LocalDate day, LocalDate first, LocalDate last) {
		return !day.isBefore(first) && !day.isAfter(last);
	}

	private static boolean isWeekend(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}

}
