package dev.marketassist.bot.mongo;

import java.util.List;
import java.util.function.Consumer;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/** The embedded server's backends as the application builds them, and a template on them as the application's. */
final class EmbeddedBackends {

	private EmbeddedBackends() {
	}

	static MongoBackend memory() {
		return new IndexedMemoryBackend();
	}

	static MongoBackend h2(String file) {
		return new DurableH2Backend(file);
	}

	/** A template that creates the entities' indexes when it first meets them (auto-index-creation), as the application's. */
	static MongoTemplate template(MongoClient client) {
		MongoCustomConversions conversions = new MongoCustomConversions(List.of());
		MongoMappingContext context = new MongoMappingContext();
		context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
		context.setAutoIndexCreation(true);
		context.afterPropertiesSet();
		MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
		converter.setCustomConversions(conversions);
		converter.afterPropertiesSet();
		return new MongoTemplate(new SimpleMongoClientDatabaseFactory(client, "market"), converter);
	}

	/** Serves {@code backend} on a port for {@code use} of its {@code market.chat_sessions}, then shuts it down (closing the store). */
	static void withSessions(MongoBackend backend, Consumer<MongoCollection<Document>> use) {
		withMarket(backend, (market) -> use.accept(market.getCollection("chat_sessions")));
	}

	/** Serves {@code backend} on a port for {@code use} of its {@code market} database, then shuts it down (closing the store). */
	static void withMarket(MongoBackend backend, Consumer<MongoDatabase> use) {
		MongoServer server = new MongoServer(backend);
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			use.accept(client.getDatabase("market"));
		}
		finally {
			server.shutdownNow();
		}
	}

}
