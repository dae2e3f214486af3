package dev.marketassist.bot.mongo;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import static dev.marketassist.core.SettingChecks.positive;

/**
 * The MongoDB client, whichever server is used ({@code market.mongo.*}; the server itself:
 * {@code MONGODB_URI}, or {@link EmbeddedMongoSettings}).
 *
 * @param timeout server-selection and connect timeout (reads get twice as long; default 5 s)
 */
@ConfigurationProperties("market.mongo")
public record MongoSettings(Duration timeout) {

	public MongoSettings {
		timeout = positive(timeout, Duration.ofSeconds(5), "market.mongo.timeout");
	}

}
