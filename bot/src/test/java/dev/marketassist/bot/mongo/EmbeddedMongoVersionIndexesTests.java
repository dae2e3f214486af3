package dev.marketassist.bot.mongo;

import java.util.List;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the embedded server a version-checked write ({@code {_id, version}}) reads its one document
 * through the {@code _id} index, so no versioned entity keeps a second unique index for it; the
 * one earlier versions created is dropped at start-up.
 */
@SpringBootTest
@ActiveProfiles("test")
class EmbeddedMongoVersionIndexesTests {

	static final List<String> VERSIONED = List.of("chat_sessions", "providers", "orders", "review_tickets", "products", "shops");

	@Autowired
	MongoTemplate mongo;

	@Autowired
	@Qualifier("embeddedMongoObsoleteVersionIndexes")
	InitializingBean dropObsolete;

	@Test
	void aVersionCheckedWriteReadsItsDocumentThroughTheIdIndex() {
		Index<Integer> ids = new MemoryUniqueIndex("_id_", List.of(new IndexKey("_id", true)), false);
		IndexScan<Integer> scan = IndexScan.plan(List.of(ids), new Document("_id", "7:7").append("version", 3L), null);
		assertThat(scan).isNotNull();
		assertThat(scan.constrained()).as("the documents of the ids named, checked against the version").isEqualTo(Integer.MAX_VALUE);
	}

	@Test
	void noVersionedCollectionKeepsAnIdAndVersionIndexAndOneLeftByAnEarlierVersionIsDropped() {
		mongo.indexOps("chat_sessions")
			.createIndex(new org.springframework.data.mongodb.core.index.Index().on("_id", Sort.Direction.ASC)
				.on("version", Sort.Direction.ASC)
				.unique()
				.named("id_version"));
		assertThat(names("chat_sessions")).contains("id_version");

		try {
			dropObsolete.afterPropertiesSet();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}

		for (String collection : VERSIONED) {
			assertThat(names(collection)).as(collection).doesNotContain("id_version");
		}
		assertThat(names("chat_sessions")).contains("_id_");
	}

	private List<String> names(String collection) {
		return mongo.indexOps(collection).getIndexInfo().stream().map(IndexInfo::getName).toList();
	}

}
