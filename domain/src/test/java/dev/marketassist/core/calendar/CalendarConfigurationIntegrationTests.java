package dev.marketassist.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CalendarConfigurationIntegrationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(CalendarConfiguration.class);

	@Test
	void buildsTheCalendarFromProperties() {
		runner
			.withPropertyValues("market.calendar.holidays=" + CalendarFixtures.HOLIDAYS_2026,
					"market.calendar.make-up-workdays=" + CalendarFixtures.MAKE_UP_WORKDAYS_2026)
			.run((context) -> {
				WorkingDayCalendar calendar = context.getBean(WorkingDayCalendar.class);
				assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
				assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
				assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
			});
	}

	@Test
	void startsWithoutAnyProperties() {
		runner.run((context) -> {
			WorkingDayCalendar calendar = context.getBean(WorkingDayCalendar.class);
			assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 1))).as("no holidays configured").isTrue();
		});
	}

	@Test
	void failsToStartWhenADayIsBothHolidayAndWorkday() {
		runner.withPropertyValues("market.calendar.holidays=2026-01-04", "market.calendar.make-up-workdays=2026-01-04")
			.run((context) -> assertThat(context).hasFailed());
	}

}
