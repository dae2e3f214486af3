package dev.marketassist.dialogs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import static dev.marketassist.core.SettingChecks.atLeast;
import static dev.marketassist.core.SettingChecks.positive;

/**
 * Settings of the conversations ({@code market.dialogs.*}).
 *
 * @param idleTimeout how long an untouched dialog (active or paused) is kept before it expires
 * @param redeliverAfter how old an undelivered reply must be before the recovery sweep sends it
 * @param sessionCacheSize sessions whose stored form this instance keeps to skip the read on a
 * conversation's next update (default 1000; 0: off)
 */
@ConfigurationProperties("market.dialogs")
public record DialogSettings(Duration idleTimeout, Duration redeliverAfter, Integer sessionCacheSize) {

	/** Sessions kept in the cache by default (about 1–3 KB each). */
	public static final int DEFAULT_SESSION_CACHE_SIZE = 1000;

	public DialogSettings {
		idleTimeout = positive(idleTimeout, Duration.ofDays(30), "market.dialogs.idle-timeout");
		redeliverAfter = positive(redeliverAfter, Duration.ofSeconds(30), "market.dialogs.redeliver-after");
		sessionCacheSize = atLeast(sessionCacheSize, DEFAULT_SESSION_CACHE_SIZE, 0, "market.dialogs.session-cache-size");
	}

}
