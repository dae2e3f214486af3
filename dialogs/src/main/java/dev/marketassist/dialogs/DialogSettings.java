package dev.marketassist.dialogs;

import java.time.Duration;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Settings of the conversations.
 *
 * @param idleTimeout how long an untouched dialog (active or paused) is kept before it expires
 * @param redeliverAfter how old an undelivered reply must be before the recovery sweep sends it
 * @param instanceId this instance's id among the instances sharing one database
 * ({@code MARKET_INSTANCE_ID}; a random one if not set)
 * @param deliveryLease how long an instance's right to deliver a chat's replies lasts unless renewed:
 * the replies a dead instance owed go out this long after it died
 */
@ConfigurationProperties("market.dialogs")
public record DialogSettings(Duration idleTimeout, Duration redeliverAfter, String instanceId, Duration deliveryLease) {

	@ConstructorBinding
	public DialogSettings {
		idleTimeout = idleTimeout == null ? Duration.ofDays(30) : idleTimeout;
		redeliverAfter = redeliverAfter == null ? Duration.ofSeconds(30) : redeliverAfter;
		instanceId = instanceId == null || instanceId.isBlank() ? UUID.randomUUID().toString() : instanceId.strip();
		deliveryLease = deliveryLease == null ? Duration.ofSeconds(5) : deliveryLease;
	}

	/** With a random instance id and the default lease. */
	public DialogSettings(Duration idleTimeout, Duration redeliverAfter) {
		this(idleTimeout, redeliverAfter, null, null);
	}

}
