package dev.marketassist.order;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * Local times without reminders ({@code market.orders.quiet-hours}), parsed once: {@code HH:mm-HH:mm},
 * may cross midnight; {@code none} (or equal times) for none.
 *
 * @param start when quiet hours begin, or {@code null} if there are none
 * @param end when they end, or {@code null} if there are none
 */
public record QuietHours(LocalTime start, LocalTime end) {

	/** No quiet hours. */
	public static final QuietHours NONE = new QuietHours(null, null);

	public QuietHours {
		if ((start == null) != (end == null)) {
			throw new IllegalArgumentException("market.orders.quiet-hours needs both a start and an end");
		}
		if (start != null && start.equals(end)) {
			start = null;
			end = null;
		}
	}

	/**
	 * Parses {@code HH:mm-HH:mm} or {@code none}; Spring's binder calls it for the property.
	 * @param text the configured value
	 * @return the quiet hours
	 * @throws IllegalArgumentException naming the property and the expected form
	 */
	public static QuietHours of(String text) {
		String hours = text.strip();
		if (hours.isEmpty() || hours.equalsIgnoreCase("none")) {
			return NONE;
		}
		String[] parts = hours.split("-");
		try {
			if (parts.length != 2) {
				throw new DateTimeParseException("expected HH:mm-HH:mm", hours, 0);
			}
			return new QuietHours(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
		}
		catch (DateTimeParseException ex) {
			// the parser's own message stays out: this one names the property and is the root cause shown
			throw new IllegalArgumentException(
					"market.orders.quiet-hours must be HH:mm-HH:mm (e.g. 22:00-08:00) or none, not " + text);
		}
	}

	/** Whether there are no quiet hours. */
	public boolean none() {
		return start == null;
	}

}
