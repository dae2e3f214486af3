package dev.marketassist.bot.mongo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The in-process MongoDB-compatible server used when no {@code MONGODB_URI} is set.
 *
 * @param backend {@code h2} (files under {@code dataDir}, the default) or {@code memory}
 * @param dataDir where the H2 backend keeps {@code mongo.mv} ({@code MARKET_DATA_DIR})
 * @param host the loopback address it binds to
 * @param port its port; 0 picks a free one
 * @param database the database name
 */
@ConfigurationProperties("market.embedded-mongo")
public record EmbeddedMongoSettings(Backend backend, String dataDir, String host, int port, String database) {

	public enum Backend {

		H2, MEMORY

	}

	public EmbeddedMongoSettings {
		backend = backend == null ? Backend.H2 : backend;
		dataDir = dataDir == null || dataDir.isBlank() ? "./data" : dataDir;
		host = host == null || host.isBlank() ? "127.0.0.1" : host;
		database = database == null || database.isBlank() ? "market" : database;
	}

}
