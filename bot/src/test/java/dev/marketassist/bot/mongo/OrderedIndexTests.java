package dev.marketassist.bot.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The embedded server's secondary indexes answer queries exactly as the server does without them
 * (the stock in-memory backend, which reads every document): the same documents in the same order,
 * also after updates and deletes, and once an array value makes an index multikey.
 */
class OrderedIndexTests {

	final Instant base = Instant.parse("2026-11-23T00:00:00Z");

	final List<MongoServer> servers = new ArrayList<>();

	final List<MongoClient> clients = new ArrayList<>();

	MongoTemplate stock;

	MongoTemplate indexed;

	@BeforeEach
	void start() {
		this.stock = template(new MemoryBackend());
		this.indexed = template(EmbeddedBackends.memory());
		for (MongoTemplate mongo : List.of(this.stock, this.indexed)) {
			mongo.indexOps("things").createIndex(new org.springframework.data.mongodb.core.index.Index().on("kind", Sort.Direction.ASC)
				.on("at", Sort.Direction.ASC).named("kind_at"));
			mongo.indexOps("things").createIndex(new org.springframework.data.mongodb.core.index.Index().on("n", Sort.Direction.ASC).named("n"));
			// sparse: documents without "at" are left out (some have it null, which is kept)
			mongo.indexOps("things").createIndex(new org.springframework.data.mongodb.core.index.Index().on("at", Sort.Direction.ASC)
				.sparse().named("at_sparse"));
			for (int i = 0; i < 300; i++) {
				Document thing = new Document("_id", String.format("t%03d", i)).append("kind", List.of("a", "b", "c").get(i % 3))
					.append("n", i % 2 == 0 ? (Object) (300 - i) : (Object) (300.0 - i))
					.append("tag", i % 5 == 0 ? "x" : "y");
				if (i % 11 != 0) {
					thing.append("at", Date.from(this.base.plusSeconds(i * 7L % 1000)));
				}
				else if (i % 2 == 0) {
					thing.append("at", null);
				}
				mongo.insert(thing, "things");
			}
		}
	}

	@AfterEach
	void stop() {
		this.clients.forEach(MongoClient::close);
		this.servers.forEach(MongoServer::shutdownNow);
	}

	private MongoTemplate template(de.bwaldvogel.mongo.MongoBackend backend) {
		MongoServer server = new MongoServer(backend);
		MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
		this.servers.add(server);
		this.clients.add(client);
		return EmbeddedBackends.template(client);
	}

	private List<Query> queries() {
		Date t1 = Date.from(this.base.plusSeconds(200));
		Date t2 = Date.from(this.base.plusSeconds(700));
		return List.of(Query.query(where("kind").is("a").and("at").lte(t1)).with(Sort.by("at")),
				Query.query(where("kind").is("a").and("at").lte(t1)).with(Sort.by("at")).limit(3),
				Query.query(where("kind").is("b").and("at").gt(t1).lt(t2)).with(Sort.by("at")).skip(2).limit(5),
				Query.query(where("kind").is("b").and("at").gte(t1).lte(t2)).with(Sort.by(Sort.Direction.DESC, "at")),
				Query.query(where("kind").is("c").and("at").lte(t2)
					.orOperator(where("tag").is("x"), where("n").lt(100))).with(Sort.by("at")).limit(4),
				Query.query(where("kind").is("c")).with(Sort.by("at")),
				Query.query(where("kind").is("c")),
				Query.query(where("kind").is("a").and("tag").is("x")),
				Query.query(where("n").gte(250)).with(Sort.by("n")),
				Query.query(where("n").gt(20).lte(40.5)).with(Sort.by("n")).limit(7),
				Query.query(where("n").lt(10)),
				Query.query(where("kind").is("a").and("at").gt(t2).lt(t1)),
				Query.query(where("_id").in("t001", "t002", "t003", "t004").and("kind").is("a")),
				Query.query(where("kind").is("b").and("at").is(null)).with(Sort.by("_id")),
				Query.query(new Criteria().orOperator(where("kind").is("a"), where("n").is(1))).with(Sort.by("_id")),
				Query.query(where("at").gt(Date.from(java.time.Instant.EPOCH)).lt(t1).and("tag").is("x")).limit(3),
				Query.query(where("at").gte(t1).lte(t2)).with(Sort.by("at")),
				Query.query(where("at").is(t1)),
				Query.query(where("at").is(null)).with(Sort.by("_id")),
				Query.query(where("at").exists(false)).with(Sort.by("_id")));
	}

	private void assertSameAnswers() {
		for (Query query : queries()) {
			assertThat(ids(this.indexed.find(query, Document.class, "things"))).as(query.toString())
				.containsExactlyElementsOf(ids(this.stock.find(query, Document.class, "things")));
			assertThat(this.indexed.count(Query.of(query).limit(0).skip(0), "things")).as("count " + query)
				.isEqualTo(this.stock.count(Query.of(query).limit(0).skip(0), "things"));
		}
	}

	private static List<Object> ids(List<Document> documents) {
		return documents.stream().map(document -> document.get("_id")).toList();
	}

	@Test
	void answersAsTheServerWithoutIndexes() {
		assertSameAnswers();
	}

	@Test
	void answersAsTheServerWithoutIndexesAfterUpdatesAndDeletes() {
		for (MongoTemplate mongo : List.of(this.stock, this.indexed)) {
			mongo.updateMulti(Query.query(where("kind").is("a").and("n").lt(150)),
					new Update().set("at", Date.from(this.base.minusSeconds(50))).set("kind", "b"), "things");
			mongo.remove(Query.query(where("kind").is("c").and("at").lte(Date.from(this.base.plusSeconds(300)))), "things");
			mongo.findAndModify(Query.query(where("kind").is("b").and("at").lte(Date.from(this.base))).with(Sort.by("at")),
					new Update().set("at", Date.from(this.base.plusSeconds(5000))), Document.class, "things");
			mongo.insert(new Document("_id", "late").append("kind", "a").append("at", Date.from(this.base.plusSeconds(1))).append("n", 7),
					"things");
		}
		assertSameAnswers();
	}

	@Test
	void answersAsTheServerWithoutIndexesOnceAnIndexMeetsAnArray() {
		for (MongoTemplate mongo : List.of(this.stock, this.indexed)) {
			mongo.insert(new Document("_id", "many").append("kind", List.of("a", "c")).append("at", Date.from(this.base)).append("n",
					List.of(1, 500)), "things");
		}
		assertSameAnswers();
	}

	@Test
	void choosesTheIndexThatConstrainsMostOfItsKeys() {
		OrderedIndex<Integer> due = new OrderedIndex<>("kind_due", List.of(new IndexKey("kind", true), new IndexKey("dueAt", true)), false);
		OrderedIndex<Integer> subject = new OrderedIndex<>("kind_subject",
				List.of(new IndexKey("kind", true), new IndexKey("subject", true)), false);
		List<Index<Integer>> indexes = List.of(due, subject);
		de.bwaldvogel.mongo.bson.Document bySubject = new de.bwaldvogel.mongo.bson.Document("kind", "r").append("subject", "o1");
		assertThat(IndexScan.plan(indexes, bySubject, null).constrained()).isEqualTo(2);
		de.bwaldvogel.mongo.bson.Document dueNow = new de.bwaldvogel.mongo.bson.Document("kind", "r").append("dueAt",
				new de.bwaldvogel.mongo.bson.Document("$lte", this.base))
			.append("$or", List.of());
		IndexScan<Integer> claim = IndexScan.plan(indexes, dueNow, new de.bwaldvogel.mongo.bson.Document("dueAt", 1));
		assertThat(claim.constrained()).isEqualTo(2);
		assertThat(claim.inOrder()).as("sorted by the index: the server stops at the limit").isTrue();
		assertThat(IndexScan.plan(indexes, new de.bwaldvogel.mongo.bson.Document("subject", "o1"), null)).as("no first key")
			.isNull();
		assertThat(OrderedIndex.keeps(List.of(new IndexKey("at", false)), false)).as("descending").isFalse();
		assertThat(OrderedIndex.keeps(List.of(new IndexKey("at", true)), true)).as("sparse").isTrue();
		OrderedIndex<Integer> sparse = new OrderedIndex<>("at", List.of(new IndexKey("at", true)), true);
		sparse.add(new de.bwaldvogel.mongo.bson.Document("_id", "without"), 1, null);
		sparse.add(new de.bwaldvogel.mongo.bson.Document("_id", "null").append("at", null), 2, null);
		sparse.add(new de.bwaldvogel.mongo.bson.Document("_id", "dated").append("at", this.base), 3, null);
		assertThat(sparse.getCount()).as("the document without the key is left out").isEqualTo(2);
	}

}
