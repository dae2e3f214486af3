package dev.marketassist.bot.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.Supplier;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoBackend;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded backends do not track the documents' size on every write (which cost two encodings
 * of each changed document): collStats measures it when asked, so it is the size of what is stored.
 */
class DataSizeTests {

	@TempDir
	Path dir;

	@Test
	void collStatsGivesTheSizeOfTheStoredDocumentsInMemory() {
		assertSizeFollowsTheDocuments(EmbeddedBackends::memory);
	}

	@Test
	void collStatsGivesTheSizeOfTheStoredDocumentsInTheH2File() {
		assertSizeFollowsTheDocuments(() -> EmbeddedBackends.h2(dir.resolve("mongo.mv").toString()));
	}

	private void assertSizeFollowsTheDocuments(Supplier<MongoBackend> backend) {
		EmbeddedBackends.withMarket(backend.get(), (market) -> {
			MongoCollection<Document> sessions = market.getCollection("chat_sessions");
			for (int i = 0; i < 20; i++) {
				sessions.insertOne(BsonDocumentTypeTests.session(i));
			}
			assertThat(size(market)).isEqualTo(stored(sessions)).isPositive();

			sessions.updateOne(new Document("_id", "3:3"), new Document("$set", new Document("note", "x".repeat(1000))));
			sessions.deleteOne(new Document("_id", "4:4"));

			assertThat(size(market)).isEqualTo(stored(sessions));
		});
	}

	private static int size(MongoDatabase market) {
		return market.runCommand(new Document("collStats", "chat_sessions")).get("size", Number.class).intValue();
	}

	private static int stored(MongoCollection<Document> sessions) {
		int size = 0;
		for (Document document : sessions.find()) {
			size += new RawBsonDocument(document, new DocumentCodec()).getByteBuffer().remaining();
		}
		return size;
	}

}
