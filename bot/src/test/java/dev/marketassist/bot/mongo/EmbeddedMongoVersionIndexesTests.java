package dev.marketassist.bot.mongo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the embedded server every entity with a version gets the exact {@code {_id, version}} index
 * its version-checked writes need (without it each write reads the whole collection there).
 */
@SpringBootTest
@ActiveProfiles("test")
class EmbeddedMongoVersionIndexesTests {

	@Autowired
	MongoTemplate mongo;

	@Test
	void everyVersionedCollectionHasAnIdAndVersionIndex() {
		for (String collection : List.of("chat_sessions", "providers", "orders", "review_tickets", "products", "shops")) {
			List<IndexInfo> indexes = mongo.indexOps(collection).getIndexInfo();
			assertThat(indexes).as(collection)
				.anySatisfy(index -> {
					assertThat(index.getName()).isEqualTo("id_version");
					assertThat(index.isUnique()).isTrue();
					assertThat(index.getIndexFields()).extracting(field -> field.getKey()).containsExactly("_id", "version");
				});
		}
	}

}
