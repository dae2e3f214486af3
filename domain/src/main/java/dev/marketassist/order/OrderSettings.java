package dev.marketassist.order;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

import static dev.marketassist.core.SettingChecks.atLeast;
import static dev.marketassist.core.SettingChecks.positive;

/**
 * The rules that keep ops-service orders moving ({@code market.orders.*}).
 *
 * @param reminders when the buyer is reminded to confirm, counted from the moment the provider
 * marked the order done (default 1, 3, 7 and 13 days)
 * @param autoConfirmAfter when an order still awaiting confirmation is confirmed automatically
 * (default 15 days)
 * @param quietHours local times without reminders, {@code HH:mm-HH:mm} (default
 * {@code 22:00-08:00}; may cross midnight; {@code none} for none), parsed once when bound
 * @param zone the zone of the quiet hours and of the dates shown (default Asia/Shanghai)
 * @param responseWorkingDays the provider's response window after the order is paid, in working
 * days of the marketplace calendar (default 2)
 * @param responseReminderBefore how long before that window runs out the provider is reminded
 * (default 8 hours, i.e. 16:00 on the last day)
 * @param linkValidity how long a buyer link can be opened (default 7 days)
 * @param urgeInterval how often the provider may urge the buyer (default 24 hours)
 */
@ConfigurationProperties("market.orders")
public record OrderSettings(List<Duration> reminders, Duration autoConfirmAfter, QuietHours quietHours, ZoneId zone,
		Integer responseWorkingDays, Duration responseReminderBefore, Duration linkValidity, Duration urgeInterval) {

	private static final QuietHours DEFAULT_QUIET_HOURS = new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0));

	public OrderSettings {
		reminders = reminders == null ? List.of(Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(13))
				: reminders.stream().filter(d -> d.compareTo(Duration.ZERO) > 0).sorted().distinct().toList();
		autoConfirmAfter = positive(autoConfirmAfter, Duration.ofDays(15), "market.orders.auto-confirm-after");
		quietHours = quietHours == null ? DEFAULT_QUIET_HOURS : quietHours;
		zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
		responseWorkingDays = atLeast(responseWorkingDays, 2, 1, "market.orders.response-working-days");
		responseReminderBefore = positive(responseReminderBefore, Duration.ofHours(8), "market.orders.response-reminder-before");
		linkValidity = positive(linkValidity, Duration.ofDays(7), "market.orders.link-validity");
		urgeInterval = positive(urgeInterval, Duration.ofHours(24), "market.orders.urge-interval");
	}

	/** The defaults. */
	public static OrderSettings defaults() {
		return new OrderSettings(null, null, null, null, null, null, null, null);
	}

	/** When quiet hours begin, or {@code null} if there are none. */
	public LocalTime quietStart() {
		return quietHours.start();
	}

	/** When quiet hours end, or {@code null} if there are none. */
	public LocalTime quietEnd() {
		return quietHours.end();
	}

}
