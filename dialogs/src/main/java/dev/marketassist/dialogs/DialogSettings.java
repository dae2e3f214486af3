package dev.marketassist.dialogs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the conversations.
 *
 * @param idleTimeout how long an untouched dialog (active or paused) is kept before it expires
 * @param redeliverAfter how old an undelivered reply must be before the recovery sweep sends it
 */
@ConfigurationProperties("market.dialogs")
public record DialogSettings(Duration idleTimeout, Duration redeliverAfter) {

	public DialogSettings {
		idleTimeout = idleTimeout == null ? Duration.ofDays(30) : idleTimeout;
		redeliverAfter = redeliverAfter == null ? Duration.ofSeconds(30) : redeliverAfter;
	}

}
