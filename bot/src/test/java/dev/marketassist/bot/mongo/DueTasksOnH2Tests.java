package dev.marketassist.bot.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import dev.marketassist.bot.persistence.DueTaskScenarios;
import dev.marketassist.core.schedule.DueTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;

/**
 * The scheduler's scenarios on the embedded server's durable (H2) backend, as the application
 * runs it; and its indexes, claims and leases across a restart (the secondary indexes are built
 * again from the file).
 */
class DueTasksOnH2Tests extends DueTaskScenarios {

	@TempDir
	Path dir;

	MongoServer server;

	MongoClient client;

	MongoTemplate mongo;

	@Override
	protected void connect() {
		open();
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	private void open() {
		this.server = new MongoServer(EmbeddedBackends.h2(this.dir.resolve("mongo.mv").toString()));
		this.client = MongoClients.create(this.server.bindAndGetConnectionString());
		this.mongo = EmbeddedBackends.template(this.client);
	}

	private void restart() {
		stop();
		open();
	}

	@Override
	protected MongoTemplate mongo() {
		return this.mongo;
	}

	@Test
	void claimsFromTheFileAcrossARestart() {
		at(now).schedule("a", REMINDER, "o1", now.minusSeconds(30), null);
		at(now).schedule("b", REMINDER, "o2", now.minusSeconds(90), null);
		at(now).schedule("c", REMINDER, "o3", now.plusSeconds(3600), null);
		assertThat(at(now).claimDue(REMINDER, 10, Duration.ofMinutes(2))).extracting(DueTask::id).containsExactly("b", "a");
		restart();
		assertThat(mongo.indexOps(DueTask.class).getIndexInfo()).extracting(IndexInfo::getName)
			.contains(DueTask.DUE_INDEX, DueTask.SUBJECT_INDEX);
		assertThat(at(now.plusSeconds(60)).claimDue(REMINDER, 10, Duration.ofMinutes(2))).as("leased before the restart")
			.isEmpty();
		restart();
		List<DueTask> again = at(now.plusSeconds(121)).claimDue(REMINDER, 10, Duration.ofMinutes(2));
		assertThat(again).extracting(DueTask::id).containsExactly("b", "a");
		assertThat(again).allSatisfy(task -> assertThat(task.attempts()).isEqualTo(2));
		again.forEach(task -> at(now).complete(task.id()));
		restart();
		assertThat(at(now.plusSeconds(3601)).claimDue(REMINDER, 10, Duration.ofMinutes(2))).extracting(DueTask::id)
			.containsExactly("c");
	}

}
