package dev.marketassist.order;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rules that keep ops-service orders moving ({@code market.orders.*}).
 *
 * @param reminders when the buyer is reminded to confirm, counted from the moment the provider
 * marked the order done (default 1, 3, 7 and 13 days)
 * @param autoConfirmAfter when an order still awaiting confirmation is confirmed automatically
 * (default 15 days)
 * @param quietHours local times without reminders, {@code HH:mm-HH:mm} (default
 * {@code 22:00-08:00}; may cross midnight; {@code none} for none)
 * @param zone the zone of the quiet hours and of the dates shown (default Asia/Shanghai)
 * @param responseWorkingDays the provider's response window after the order is paid, in working
 * days of the marketplace calendar (default 2)
 * @param responseReminderBefore how long before that window runs out the provider is reminded
 * (default 8 hours, i.e. 16:00 on the last day)
 * @param linkValidity how long a buyer link can be opened (default 7 days)
 * @param urgeInterval how often the provider may urge the buyer (default 24 hours)
 */
@ConfigurationProperties("market.orders")
public record OrderSettings(List<Duration> reminders, Duration autoConfirmAfter, String quietHours, ZoneId zone,
		Integer responseWorkingDays, Duration responseReminderBefore, Duration linkValidity, Duration urgeInterval) {

	public OrderSettings {
		reminders = reminders == null ? List.of(Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(13))
				: reminders.stream().filter(d -> d.compareTo(Duration.ZERO) > 0).sorted().distinct().toList();
		autoConfirmAfter = autoConfirmAfter == null ? Duration.ofDays(15) : autoConfirmAfter;
		quietHours = quietHours == null ? "22:00-08:00" : quietHours.strip();
		zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
		responseWorkingDays = responseWorkingDays == null ? 2 : responseWorkingDays;
		responseReminderBefore = responseReminderBefore == null ? Duration.ofHours(8) : responseReminderBefore;
		linkValidity = linkValidity == null ? Duration.ofDays(7) : linkValidity;
		urgeInterval = urgeInterval == null ? Duration.ofHours(24) : urgeInterval;
		quietTime(quietHours, 0);
	}

	/** The defaults. */
	public static OrderSettings defaults() {
		return new OrderSettings(null, null, null, null, null, null, null, null);
	}

	/** When quiet hours begin, or {@code null} if there are none. */
	public LocalTime quietStart() {
		return quietTime(quietHours, 0);
	}

	/** When quiet hours end, or {@code null} if there are none. */
	public LocalTime quietEnd() {
		return quietTime(quietHours, 1);
	}

	private static LocalTime quietTime(String hours, int index) {
		if (hours.isEmpty() || hours.equalsIgnoreCase("none")) {
			return null;
		}
		String[] parts = hours.split("-");
		try {
			if (parts.length != 2) {
				throw new DateTimeParseException("expected HH:mm-HH:mm", hours, 0);
			}
			LocalTime start = LocalTime.parse(parts[0].strip());
			LocalTime end = LocalTime.parse(parts[1].strip());
			return start.equals(end) ? null : (index == 0 ? start : end);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("market.orders.quiet-hours must be HH:mm-HH:mm (e.g. 22:00-08:00) or none, not "
					+ hours, ex);
		}
	}

}
