package dev.marketassist.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.query.Query;

/** Data of the earlier scheduler (per-minute slots, versioned tasks) is cleared once; its tasks stay and are claimed. */
class DueTaskUpgradeTests {

	final Instant now = Instant.parse("2026-11-23T02:00:00Z");

	MongoServer server;

	MongoClient client;

	MongoTemplate mongo;

	@BeforeEach
	void start() {
		server = new MongoServer(new MemoryBackend());
		client = MongoClients.create(server.bindAndGetConnectionString());
		mongo = new MongoTemplate(client, "tasks");
	}

	@AfterEach
	void stop() {
		client.close();
		server.shutdownNow();
	}

	@Test
	void clearsTheEarlierShapeOnceAndKeepsItsTasks() {
		mongo.insert(new Document("_id", "order-reminder:o1:1:1").append("kind", "order-reminder").append("subject", "o1")
			.append("dueAt", Date.from(now.minusSeconds(60))).append("attempts", 0).append("rev", "65f0c0ffee"), "due_tasks");
		mongo.insert(new Document("_id", "order-reminder@29400000").append("kind", "order-reminder")
			.append("e", List.of("65f0c0ffee:order-reminder:o1:1:1")), "due_slots");
		mongo.indexOps("due_tasks")
			.createIndex(new Index().on("_id", Sort.Direction.ASC).on("rev", Sort.Direction.ASC).unique().named("claim"));
		mongo.indexOps("due_tasks").createIndex(new Index().on("subject", Sort.Direction.ASC).named("subject"));
		DueTaskUpgrade upgrade = new DueTaskUpgrade(mongo);
		assertThat(upgrade.upgrade()).isTrue();
		assertThat(mongo.collectionExists("due_slots")).isFalse();
		assertThat(mongo.indexOps("due_tasks").getIndexInfo()).extracting(IndexInfo::getName).doesNotContain("claim", "subject");
		assertThat(mongo.exists(Query.query(where("rev").exists(true)), "due_tasks")).isFalse();
		assertThat(upgrade.upgrade()).as("once").isFalse();
		assertThat(new DueTasks(mongo, Clock.fixed(now, ZoneOffset.UTC)).claimDue("order-reminder", 10, Duration.ofMinutes(1)))
			.extracting(DueTask::id)
			.containsExactly("order-reminder:o1:1:1");
	}

}
