package dev.marketassist.bot.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

/**
 * Starts mongo-java-server in-process when neither {@code MONGODB_URI} nor
 * {@code spring.mongodb.uri} is set, so that one command runs the whole bot. Backs off when
 * another {@link MongoConnectionDetails} exists (Testcontainers' service connection).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${MONGODB_URI:}'.isBlank() && '${spring.mongodb.uri:}'.isBlank()")
@ConditionalOnMissingBean(MongoConnectionDetails.class)
@EnableConfigurationProperties(EmbeddedMongoSettings.class)
class EmbeddedMongoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

	/** The server's storage; closed by the server's shutdown. */
	@Bean(destroyMethod = "")
	MongoBackend embeddedMongoBackend(EmbeddedMongoSettings settings) {
		MongoBackend backend;
		if (settings.backend() == EmbeddedMongoSettings.Backend.H2) {
			Path file = Path.of(settings.dataDir(), "mongo.mv").toAbsolutePath();
			try {
				Files.createDirectories(file.getParent());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot create the data folder " + file.getParent(), ex);
			}
			backend = new DurableH2Backend(file.toString());
			log.info("Embedded MongoDB (mongo-java-server, H2) keeps its data in {}; its secondary indexes are kept in memory "
					+ "and built from the data at start-up (MONGODB_URI for a real MongoDB)", file);
		}
		else {
			backend = new IndexedMemoryBackend();
			log.info("Embedded MongoDB (mongo-java-server) keeps its data in memory only");
		}
		return backend;
	}

	@Bean(destroyMethod = "shutdownNow")
	MongoServer embeddedMongoServer(MongoBackend backend, EmbeddedMongoSettings settings) {
		MongoServer server = new MongoServer(backend);
		server.bind(settings.host(), settings.port());
		return server;
	}

	/**
	 * Drops the {@code {_id, <version>}} indexes that earlier versions gave every versioned entity on
	 * the embedded server (its own query path needed an index whose keys are exactly the query's).
	 * Version-checked writes are now served from the {@code _id} index ({@link IndexScan}), and such
	 * an index only cost a second unique index to keep on every write (its key changes each time).
	 */
	@Bean
	InitializingBean embeddedMongoObsoleteVersionIndexes(MongoTemplate mongo) {
		return () -> {
			for (MongoPersistentEntity<?> entity : mongo.getConverter().getMappingContext().getPersistentEntities()) {
				if (entity.isAnnotationPresent(org.springframework.data.mongodb.core.mapping.Document.class)
						&& entity.hasVersionProperty() && mongo.collectionExists(entity.getCollection())) {
					String obsolete = "id_" + entity.getRequiredVersionProperty().getFieldName();
					var indexes = mongo.indexOps(entity.getCollection());
					if (indexes.getIndexInfo().stream().anyMatch(index -> index.getName().equals(obsolete))) {
						indexes.dropIndex(obsolete);
						log.info("Dropped the embedded server's index {} of {}: no longer needed", obsolete,
								entity.getCollection());
					}
				}
			}
		};
	}

	/**
	 * {@code market.embedded_mongo.writes} and {@code market.embedded_mongo.commits} (H2 backend): how
	 * many store commits the acknowledged writes needed; fewer commits than writes when writes came
	 * at once and shared a commit.
	 */
	@Bean
	MeterBinder embeddedMongoCommitMeters(MongoBackend backend) {
		return registry -> {
			if (backend instanceof DurableH2Backend durable) {
				FunctionCounter.builder("market.embedded_mongo.writes", durable, DurableH2Backend::writes)
					.description("write commands acknowledged after a commit of the embedded H2 store")
					.register(registry);
				FunctionCounter.builder("market.embedded_mongo.commits", durable, DurableH2Backend::commits)
					.description("commits of the embedded H2 store made for acknowledged writes")
					.register(registry);
			}
		};
	}

	@Bean
	MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer server, EmbeddedMongoSettings settings) {
		InetSocketAddress address = server.getLocalAddress();
		ConnectionString connection = new ConnectionString(
				"mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + settings.database());
		return () -> connection;
	}

}
