package dev.marketassist.dialogs;

import java.time.Duration;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

import static dev.marketassist.core.SettingChecks.atLeast;
import static dev.marketassist.core.SettingChecks.positive;

/**
 * Settings of the conversations ({@code market.dialogs.*}).
 *
 * @param idleTimeout how long an untouched dialog (active or paused) is kept before it expires
 * @param redeliverAfter how old an undelivered reply must be before the recovery sweep sends it
 * @param sessionCacheSize sessions whose stored form this instance keeps to skip the read on a
 * conversation's next update (default 1000; 0: off)
 * @param instanceId this instance's id among the instances sharing one database
 * ({@code MARKET_INSTANCE_ID}; a random one if not set)
 * @param deliveryLease how long an instance's right to deliver a chat's replies lasts unless renewed:
 * the replies a dead instance owed go out this long after it died
 */
@ConfigurationProperties("market.dialogs")
public record DialogSettings(Duration idleTimeout, Duration redeliverAfter, Integer sessionCacheSize, String instanceId,
		Duration deliveryLease) {

	/** Sessions kept in the cache by default (about 1–3 KB each). */
	public static final int DEFAULT_SESSION_CACHE_SIZE = 1000;

	@ConstructorBinding
	public DialogSettings {
		idleTimeout = positive(idleTimeout, Duration.ofDays(30), "market.dialogs.idle-timeout");
		redeliverAfter = positive(redeliverAfter, Duration.ofSeconds(30), "market.dialogs.redeliver-after");
		sessionCacheSize = atLeast(sessionCacheSize, DEFAULT_SESSION_CACHE_SIZE, 0, "market.dialogs.session-cache-size");
		instanceId = instanceId == null || instanceId.isBlank() ? UUID.randomUUID().toString() : instanceId.strip();
		deliveryLease = positive(deliveryLease, Duration.ofSeconds(5), "market.dialogs.delivery-lease");
	}

	/** With the default cache, a random instance id and the default lease. */
	public DialogSettings(Duration idleTimeout, Duration redeliverAfter) {
		this(idleTimeout, redeliverAfter, null, null, null);
	}

	/** With the default cache. */
	public DialogSettings(Duration idleTimeout, Duration redeliverAfter, String instanceId, Duration deliveryLease) {
		this(idleTimeout, redeliverAfter, null, instanceId, deliveryLease);
	}

}
