package dev.marketassist.core.calendar;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the working-day calendar a bean, built from {@code market.calendar.*}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarSettings.class)
class CalendarConfiguration {

	@Bean
	WorkingDayCalendar workingDayCalendar(CalendarSettings settings) {
		return new WorkingDayCalendar(settings);
	}

}
