package dev.marketassist.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code market.orders.*} as the README documents it. */
class OrderSettingsTests {

	static OrderSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("market.orders", OrderSettings.class);
	}

	@Test
	void defaultsToTheMarketplaceRules() {
		OrderSettings settings = bind(Map.of());
		assertThat(settings.reminders()).containsExactly(Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(13));
		assertThat(settings.autoConfirmAfter()).isEqualTo(Duration.ofDays(15));
		assertThat(settings.quietStart()).isEqualTo(LocalTime.of(22, 0));
		assertThat(settings.quietEnd()).isEqualTo(LocalTime.of(8, 0));
		assertThat(settings.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
		assertThat(settings.responseWorkingDays()).isEqualTo(2);
		assertThat(settings.responseReminderBefore()).isEqualTo(Duration.ofHours(8));
		assertThat(settings.linkValidity()).isEqualTo(Duration.ofDays(7));
		assertThat(settings.urgeInterval()).isEqualTo(Duration.ofHours(24));
	}

	@Test
	void bindsTheDocumentedFormats() {
		OrderSettings settings = bind(Map.of("market.orders.reminders", "2d, 12h, 5d", "market.orders.auto-confirm-after", "10d",
				"market.orders.quiet-hours", "23:30-07:00", "market.orders.zone", "Asia/Hong_Kong",
				"market.orders.response-working-days", "3", "market.orders.response-reminder-before", "4h",
				"market.orders.link-validity", "30d", "market.orders.urge-interval", "12h"));
		assertThat(settings.reminders()).as("sorted").containsExactly(Duration.ofHours(12), Duration.ofDays(2), Duration.ofDays(5));
		assertThat(settings.autoConfirmAfter()).isEqualTo(Duration.ofDays(10));
		assertThat(settings.quietStart()).isEqualTo(LocalTime.of(23, 30));
		assertThat(settings.quietEnd()).isEqualTo(LocalTime.of(7, 0));
		assertThat(settings.zone()).isEqualTo(ZoneId.of("Asia/Hong_Kong"));
		assertThat(settings.responseWorkingDays()).isEqualTo(3);
		assertThat(settings.responseReminderBefore()).isEqualTo(Duration.ofHours(4));
		assertThat(settings.linkValidity()).isEqualTo(Duration.ofDays(30));
		assertThat(settings.urgeInterval()).isEqualTo(Duration.ofHours(12));
	}

	@Test
	void turnsQuietHoursOff() {
		assertThat(bind(Map.of("market.orders.quiet-hours", "none")).quietStart()).isNull();
	}

	@Test
	void parsesQuietHoursOnceWhenBound() {
		assertThat(bind(Map.of("market.orders.quiet-hours", " 23:30 - 07:00 ")).quietHours())
			.isEqualTo(new QuietHours(LocalTime.of(23, 30), LocalTime.of(7, 0)));
		assertThat(bind(Map.of("market.orders.quiet-hours", "08:00-08:00")).quietHours()).isEqualTo(QuietHours.NONE);
	}

	@Test
	void refusesMalformedQuietHoursWithAMessageNamingTheProperty() {
		assertThatThrownBy(() -> bind(Map.of("market.orders.quiet-hours", "22-8"))).isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("market.orders.quiet-hours must be HH:mm-HH:mm");
	}

	@Test
	void refusesANonPositiveDurationWithAMessageNamingTheProperty() {
		assertThatThrownBy(() -> bind(Map.of("market.orders.link-validity", "0s"))).isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("market.orders.link-validity must be a positive duration");
		assertThatThrownBy(() -> bind(Map.of("market.orders.response-working-days", "0"))).isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("market.orders.response-working-days must be at least 1");
	}

}
