package dev.marketassist.bot.mongo;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * MongoDB client settings and health, whichever server is used. Short timeouts make an outage
 * visible quickly, so held updates are retried with backoff instead of blocking for 30 s each.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

	@Bean
	MongoClientSettingsBuilderCustomizer marketMongoTimeouts(MongoSettings settings) {
		Duration timeout = settings.timeout();
		return builder -> builder
			.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS))
			.applyToSocketSettings(socket -> socket.connectTimeout((int) timeout.toMillis(), TimeUnit.MILLISECONDS)
				.readTimeout((int) timeout.multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS));
	}

	/** Replaces Boot's indicator, which sends {@code hello} (unknown to mongo-java-server). */
	@Bean(name = "mongoHealthIndicator")
	HealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
		return new AbstractHealthIndicator("MongoDB health check failed") {
			@Override
			protected void doHealthCheck(Health.Builder builder) {
				Document ping = mongo.executeCommand(new Document("ping", 1));
				Document build = mongo.executeCommand(new Document("buildInfo", 1));
				builder.up().withDetail("ping", ping.get("ok")).withDetail("version", build.get("version"));
			}
		};
	}

}
