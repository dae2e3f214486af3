package dev.marketassist.core.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The working-day calendar's configuration ({@code market.calendar.*}).
 * <p>
 * {@code holidays} are days off that would otherwise be working days (or fall on a
 * weekend inside a holiday period); {@code make-up-workdays} are weekend days that are
 * working days (调休). Both take comma-separated ISO dates, e.g.
 * {@code market.calendar.holidays=2026-01-01,2026-01-02}. The zone decides which local
 * day an instant falls on; it defaults to {@code Asia/Shanghai}.
 *
 * @param zone the zone of the marketplace's working days
 * @param holidays days off
 * @param makeUpWorkdays weekend days that are working days
 */
@ConfigurationProperties("market.calendar")
public record CalendarSettings(ZoneId zone, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {

	/** The zone used when none is configured. */
	public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

	/**
	 * Fills in defaults and refuses a day listed both as a holiday and a working day.
	 */
	public CalendarSettings(@Nullable ZoneId zone, @Nullable Set<LocalDate> holidays,
			@Nullable Set<LocalDate> makeUpWorkdays) {
		this.zone = (zone != null) ? zone : DEFAULT_ZONE;
		this.holidays = (holidays != null) ? Set.copyOf(holidays) : Set.of();
		this.makeUpWorkdays = (makeUpWorkdays != null) ? Set.copyOf(makeUpWorkdays) : Set.of();
		Set<LocalDate> both = new HashSet<>(this.holidays);
		both.retainAll(this.makeUpWorkdays);
		if (!both.isEmpty()) {
			throw new IllegalArgumentException(
					"market.calendar lists these days both as holidays and as make-up workdays: " + both);
		}
	}

	/** No holidays, no make-up days, Beijing time. */
	public static CalendarSettings weekdaysOnly() {
		return new CalendarSettings(null, null, null);
	}

}
