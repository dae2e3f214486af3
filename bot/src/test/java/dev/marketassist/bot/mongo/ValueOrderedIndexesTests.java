package dev.marketassist.bot.mongo;

import static dev.marketassist.bot.mongo.EmbeddedBackends.withSessions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded H2 store's value-ordered unique indexes: they find and enforce what the backend's
 * own indexes did, survive a reopen, and replace the indexes of a file written by the plain backend.
 */
class ValueOrderedIndexesTests {

	@TempDir
	Path dir;

	@Test
	void aFileWrittenByThePlainBackendGetsItsIndexesRebuiltByValue() {
		Path file = this.dir.resolve("mongo.mv");
		H2Backend plain = new H2Backend(file.toString());
		withSessions(plain, sessions -> {
			sessions.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true).name("id_version"));
			sessions.createIndex(Indexes.ascending("chat"), new IndexOptions().unique(true));
			for (int i = 0; i < 300; i++) {
				sessions.insertOne(new Document("_id", "s" + i).append("version", (long) i % 7).append("chat", 1000L + i));
			}
		});

		DurableH2Backend durable = new DurableH2Backend(file.toString());
		withSessions(durable, sessions -> {
			assertThat(durable.getMvStore().getMapNames()).noneMatch(name -> name.contains("._index_"))
				.anyMatch(name -> name.endsWith("._vindex_chat_1"))
				.anyMatch(name -> name.endsWith("._vindex_id_version"));
			assertIndexesServe(sessions);
			// a version-checked write through the {_id, version} index
			assertThat(sessions.updateOne(new Document("_id", "s10").append("version", 3L),
					new Document("$set", new Document("version", 4L))).getMatchedCount()).isEqualTo(1);
			assertThat(sessions.updateOne(new Document("_id", "s10").append("version", 3L),
					new Document("$set", new Document("version", 5L))).getMatchedCount()).isZero();
		});

		DurableH2Backend reopened = new DurableH2Backend(file.toString());
		withSessions(reopened, sessions -> {
			assertIndexesServe(sessions);
			assertThat(sessions.find(new Document("_id", "s10").append("version", 4L)).first()).isNotNull();
			// dropped (as the application drops this obsolete index at start-up): its map goes with it
			sessions.dropIndex("id_version");
			assertThat(reopened.getMvStore().getMapNames()).noneMatch(name -> name.endsWith("._vindex_id_version"));
			assertThat(sessions.updateOne(new Document("_id", "s10").append("version", 4L),
					new Document("$set", new Document("version", 5L))).getMatchedCount()).isEqualTo(1);
		});
	}

	@Test
	void numbersOfDifferentTypesAreOneKeyAsInMongoDb() {
		DurableH2Backend durable = new DurableH2Backend(this.dir.resolve("numbers.mv").toString());
		withSessions(durable, numbers -> {
			numbers.createIndex(Indexes.ascending("n"), new IndexOptions().unique(true));
			numbers.insertOne(new Document("_id", 1).append("n", 5));
			assertThatThrownBy(() -> numbers.insertOne(new Document("_id", 2).append("n", 5L)))
				.isInstanceOf(MongoWriteException.class);
			assertThatThrownBy(() -> numbers.insertOne(new Document("_id", 3).append("n", 5.0)))
				.isInstanceOf(MongoWriteException.class);
			numbers.insertOne(new Document("_id", 4).append("n", "5"));
			assertThat(numbers.countDocuments()).isEqualTo(2);
		});
	}

	@Test
	void keysOfEveryKindAreFoundAgainAfterAReopen() {
		Path file = this.dir.resolve("kinds.mv");
		java.util.List<Object> keys = java.util.Arrays.asList("text", "", "长城", -5L, Long.MIN_VALUE, 7, -3, 2.5, -0.5,
				null, new Document("a", 1).append("b", "x"), java.util.List.of(1, 2), true,
				new java.util.Date(1_700_000_000_000L), new org.bson.types.ObjectId("65a1b2c3d4e5f60718293a4b"));
		withSessions(new DurableH2Backend(file.toString()), kinds -> {
			kinds.createIndex(Indexes.ascending("k"), new IndexOptions().unique(true).sparse(false));
			for (int i = 0; i < keys.size(); i++) {
				kinds.insertOne(new Document("_id", i).append("k", keys.get(i)));
			}
		});
		withSessions(new DurableH2Backend(file.toString()), kinds -> {
			for (int i = 0; i < keys.size(); i++) {
				Object key = keys.get(i);
				assertThat(kinds.find(new Document("k", key)).first()).as("key %s", key)
					.extracting(d -> d.get("_id"))
					.isEqualTo(i);
				int n = i;
				assertThatThrownBy(() -> kinds.insertOne(new Document("_id", 100 + n).append("k", key)))
					.as("duplicate of %s", key)
					.isInstanceOf(MongoWriteException.class);
			}
		});
	}

	private static void assertIndexesServe(MongoCollection<Document> sessions) {
		assertThat(sessions.countDocuments()).isEqualTo(300);
		for (int i = 0; i < 300; i += 37) {
			assertThat(sessions.find(new Document("_id", "s" + i).append("version", (long) i % 7)).first())
				.as("s%d by {_id, version}", i)
				.isNotNull();
			assertThat(sessions.find(new Document("chat", 1000L + i)).first()).as("s%d by chat", i)
				.extracting(d -> d.get("_id"))
				.isEqualTo("s" + i);
		}
		assertThatThrownBy(() -> sessions.insertOne(new Document("_id", "s1").append("version", 0L).append("chat", 1L)))
			.isInstanceOf(MongoWriteException.class)
			.hasMessageContaining("duplicate key");
		assertThatThrownBy(() -> sessions.insertOne(new Document("_id", "new").append("version", 0L).append("chat", 1002L)))
			.isInstanceOf(MongoWriteException.class)
			.hasMessageContaining("duplicate key");
	}

}
