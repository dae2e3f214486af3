package dev.marketassist.dialogs;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Deadlines as people read them. A deadline is exclusive and usually midnight after the last
 * working day, so it is shown as that last day ("by the end of 2026-12-07", "2026-12-07 当天结束前"),
 * the same to reviewers and to sellers.
 */
public final class Deadlines {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private Deadlines() {
	}

	/** The last local day before {@code deadline} (a deadline at 00:00 ends the day before); "—" for none. */
	public static String lastDay(Instant deadline, ZoneId zone) {
		return deadline == null ? "—" : DAY.format(deadline.minusSeconds(1).atZone(zone));
	}

}
