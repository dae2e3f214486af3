package dev.marketassist.core.calendar;

import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Calendars for tests. The China 2026 schedule (国务院办公厅关于2026年部分节假日安排的通知,
 * 2025-11-04) is written as the same property lines the application is configured with,
 * and bound the way Spring Boot binds them.
 */
public final class CalendarFixtures {

	/** {@code market.calendar.holidays} for 2026. */
	static final String HOLIDAYS_2026 = "2026-01-01,2026-01-02,2026-01-03," // 元旦
			+ "2026-02-15,2026-02-16,2026-02-17,2026-02-18,2026-02-19,2026-02-20,2026-02-21,2026-02-22,2026-02-23," // 春节
			+ "2026-04-04,2026-04-05,2026-04-06," // 清明节
			+ "2026-05-01,2026-05-02,2026-05-03,2026-05-04,2026-05-05," // 劳动节
			+ "2026-06-19,2026-06-20,2026-06-21," // 端午节
			+ "2026-09-25,2026-09-26,2026-09-27," // 中秋节
			+ "2026-10-01,2026-10-02,2026-10-03,2026-10-04,2026-10-05,2026-10-06,2026-10-07"; // 国庆节

	/** {@code market.calendar.make-up-workdays} for 2026 (weekend days that are working days). */
	static final String MAKE_UP_WORKDAYS_2026 = "2026-01-04,2026-02-14,2026-02-28,2026-05-09,2026-09-20,2026-10-10";

	private CalendarFixtures() {
	}

	public static WorkingDayCalendar china2026() {
		return new WorkingDayCalendar(bind(Map.of("market.calendar.holidays", HOLIDAYS_2026,
				"market.calendar.make-up-workdays", MAKE_UP_WORKDAYS_2026)));
	}

	static CalendarSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("market.calendar",
				CalendarSettings.class);
	}

}
