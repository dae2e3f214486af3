package dev.marketassist.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class WorkingDayCalendarTests {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final WorkingDayCalendar calendar = CalendarFixtures.china2026();

	@Test
	void treatsWeekendsAsDaysOff() {
		assertThat(calendar.isWorkingDay(day(1, 10))).as("Saturday").isFalse();
		assertThat(calendar.isWorkingDay(day(1, 11))).as("Sunday").isFalse();
		assertThat(calendar.isWorkingDay(day(1, 12))).as("Monday").isTrue();
		assertThat(calendar.isWorkingDay(day(1, 16))).as("Friday").isTrue();
	}

	@Test
	void treatsHolidaysAsDaysOff() {
		assertThat(calendar.isWorkingDay(day(1, 1))).as("New Year, Thursday").isFalse();
		assertThat(calendar.isWorkingDay(day(2, 16))).as("Spring Festival, Monday").isFalse();
		assertThat(calendar.isWorkingDay(day(10, 7))).as("National Day, Wednesday").isFalse();
		assertThat(calendar.isWorkingDay(day(10, 8))).as("after National Day").isTrue();
	}

	@Test
	void treatsMakeUpWeekendDaysAsWorkingDays() {
		assertThat(calendar.isWorkingDay(day(1, 4))).as("Sunday after New Year").isTrue();
		assertThat(calendar.isWorkingDay(day(2, 14))).as("Saturday before Spring Festival").isTrue();
		assertThat(calendar.isWorkingDay(day(5, 9))).as("Saturday after Labour Day").isTrue();
		assertThat(calendar.isWorkingDay(day(10, 10))).as("Saturday after National Day").isTrue();
	}

	@Test
	void countsWorkingDaysStrictlyAfterTheStartDay() {
		assertThat(calendar.addWorkingDays(day(1, 8), 1)).isEqualTo(day(1, 9));
		assertThat(calendar.addWorkingDays(day(1, 9), 1)).as("Friday to Monday").isEqualTo(day(1, 12));
		assertThat(calendar.addWorkingDays(day(1, 9), 0)).isEqualTo(day(1, 9));
	}

	@Test
	void skipsHolidaysAndUsesMakeUpDays() {
		assertThat(calendar.addWorkingDays(day(4, 3), 1)).as("over Qingming").isEqualTo(day(4, 7));
		assertThat(calendar.addWorkingDays(day(2, 13), 3)).as("Sat 14 Feb is a workday, then the festival")
			.isEqualTo(day(2, 25));
		assertThat(calendar.addWorkingDays(day(9, 30), 3)).as("over National Day to the make-up Saturday")
			.isEqualTo(day(10, 10));
	}

	@Test
	void refusesANegativeNumberOfWorkingDays() {
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(day(1, 8), -1));
	}

	@Test
	void dueAtTheEndOfWednesdayForAFridayEveningSubmissionWithThreeWorkingDays() {
		Instant submitted = beijing(1, 9, 19, 45);
		assertThat(calendar.dueAfter(submitted, 3)).isEqualTo(beijing(1, 15, 0, 0));
	}

	@Test
	void startsCountingAfterSpringFestivalForASubmissionDuringIt() {
		Instant submitted = beijing(2, 16, 10, 0);
		assertThat(calendar.dueAfter(submitted, 3)).as("Tue 24, Wed 25, Thu 26 February")
			.isEqualTo(beijing(2, 27, 0, 0));
	}

	@Test
	void givesImageProductsSevenWorkingDaysAcrossLabourDay() {
		Instant submitted = beijing(4, 27, 9, 0);
		assertThat(calendar.dueAfter(submitted, 7)).as("28, 29, 30 April, 6, 7, 8 May and Saturday 9 May")
			.isEqualTo(beijing(5, 10, 0, 0));
	}

	@Test
	void readsALateEveningSubmissionAsThatBeijingDay() {
		Instant thursdayLate = beijing(1, 8, 23, 30);
		assertThat(thursdayLate.atZone(ZoneOffset.UTC).getDayOfMonth()).isEqualTo(8);
		assertThat(calendar.dueAfter(thursdayLate, 1)).as("due end of Friday").isEqualTo(beijing(1, 10, 0, 0));
	}

	@Test
	void readsAnEarlyMorningSubmissionAsTheBeijingDayNotTheUtcDay() {
		Instant fridayEarly = beijing(1, 9, 0, 30);
		assertThat(fridayEarly.atZone(ZoneOffset.UTC).getDayOfMonth()).as("still Thursday in UTC").isEqualTo(8);
		assertThat(calendar.dueAfter(fridayEarly, 1)).as("due end of Monday").isEqualTo(beijing(1, 13, 0, 0));
	}

	@Test
	void usesTheConfiguredZone() {
		var utc = new WorkingDayCalendar(new CalendarSettings(ZoneOffset.UTC, null, null));
		Instant fridayEarlyInBeijing = beijing(1, 9, 0, 30);
		assertThat(utc.dueAfter(fridayEarlyInBeijing, 1)).as("Thursday in UTC, due end of Friday UTC")
			.isEqualTo(Instant.parse("2026-01-10T00:00:00Z"));
	}

	@Test
	void countsTheWholeWorkingDaysLeftBeforeADeadline() {
		Instant submitted = beijing(1, 9, 19, 45);
		Instant due = calendar.dueAfter(submitted, 3);
		assertThat(calendar.workingDaysBetween(submitted, due)).isEqualTo(3);
		assertThat(calendar.workingDaysBetween(beijing(1, 12, 10, 0), due)).as("Tuesday and Wednesday")
			.isEqualTo(2);
		assertThat(calendar.workingDaysBetween(beijing(1, 14, 10, 0), due)).as("on the last day").isZero();
	}

	@Test
	void countsNoWorkingDaysLeftOnceTheDeadlineHasPassed() {
		Instant due = beijing(1, 15, 0, 0);
		assertThat(calendar.workingDaysBetween(beijing(1, 20, 9, 0), due)).isZero();
		assertThat(calendar.workingDaysBetween(due, due)).isZero();
	}

	@Test
	void agreesWithDueAfterForEveryStartDayAndPeriodIn2026() {
		for (LocalDate start = day(1, 1); start.getYear() == 2026; start = start.plusDays(1)) {
			Instant submitted = start.atTime(20, 0).atZone(BEIJING).toInstant();
			for (int n : new int[] { 1, 2, 3, 7, 15 }) {
				Instant due = calendar.dueAfter(submitted, n);
				assertThat(calendar.workingDaysBetween(submitted, due)).as("%s + %d", start, n).isEqualTo(n);
				assertThat(calendar.isWorkingDay(LocalDate.ofInstant(due.minusSeconds(1), BEIJING))).isTrue();
			}
		}
	}

	@Test
	void countsWorkingDaysOverLongSpansLikeADayByDayCount() {
		Instant from = beijing(1, 1, 12, 0);
		Instant to = ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, BEIJING).toInstant();
		long byDay = day(1, 2).datesUntil(LocalDate.of(2027, 1, 1)).filter(calendar::isWorkingDay).count();
		assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(byDay).isEqualTo(248);
	}

	@Test
	void treatsEveryWeekdayAsWorkingWithoutHolidays() {
		var plain = new WorkingDayCalendar(CalendarSettings.weekdaysOnly());
		assertThat(plain.isWorkingDay(day(1, 1))).isTrue();
		assertThat(plain.isWorkingDay(day(1, 4))).isFalse();
		assertThat(plain.zone()).isEqualTo(BEIJING);
	}

	private static LocalDate day(int month, int dayOfMonth) {
		return LocalDate.of(2026, month, dayOfMonth);
	}

	private static Instant beijing(int month, int dayOfMonth, int hour, int minute) {
		return LocalDateTime.of(2026, month, dayOfMonth, hour, minute).atZone(BEIJING).toInstant();
	}

}
