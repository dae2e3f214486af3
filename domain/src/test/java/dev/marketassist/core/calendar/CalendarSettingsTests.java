package dev.marketassist.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CalendarSettingsTests {

	@Test
	void defaultsToBeijingTimeAndNoHolidays() {
		var settings = CalendarFixtures.bind(Map.of());
		assertThat(settings.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
		assertThat(settings.holidays()).isEmpty();
		assertThat(settings.makeUpWorkdays()).isEmpty();
	}

	@Test
	void bindsCommaSeparatedIsoDatesAndZone() {
		var settings = CalendarFixtures.bind(Map.of("market.calendar.zone", "Asia/Hong_Kong",
				"market.calendar.holidays", "2026-10-01, 2026-10-02", //
				"market.calendar.make-up-workdays", "2026-10-10"));
		assertThat(settings.zone()).isEqualTo(ZoneId.of("Asia/Hong_Kong"));
		assertThat(settings.holidays()).containsExactlyInAnyOrder(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2));
		assertThat(settings.makeUpWorkdays()).containsExactly(LocalDate.of(2026, 10, 10));
	}

	@Test
	void bindsTheWholeChina2026Schedule() {
		var settings = CalendarFixtures.bind(Map.of("market.calendar.holidays", CalendarFixtures.HOLIDAYS_2026,
				"market.calendar.make-up-workdays", CalendarFixtures.MAKE_UP_WORKDAYS_2026));
		assertThat(settings.holidays()).hasSize(33).contains(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 10, 7));
		assertThat(settings.makeUpWorkdays()).hasSize(6)
			.allMatch((day) -> day.getDayOfWeek().getValue() >= 6, "falls on a weekend");
	}

	@Test
	void refusesADayThatIsBothHolidayAndWorkday() {
		var day = LocalDate.of(2026, 1, 4);
		assertThatIllegalArgumentException().isThrownBy(() -> new CalendarSettings(null, Set.of(day), Set.of(day)))
			.withMessageContaining("2026-01-04");
	}

	@Test
	void copiesTheSetsItIsGiven() {
		var holidays = new java.util.HashSet<>(Set.of(LocalDate.of(2026, 1, 1)));
		var settings = new CalendarSettings(null, holidays, null);
		holidays.add(LocalDate.of(2026, 1, 2));
		assertThat(settings.holidays()).containsExactly(LocalDate.of(2026, 1, 1));
	}

}
