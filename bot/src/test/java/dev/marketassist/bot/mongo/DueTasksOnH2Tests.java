package dev.marketassist.bot.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import dev.marketassist.core.schedule.DueTask;
import dev.marketassist.core.schedule.DueTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * The due-task sweep on the embedded server's durable (H2) backend, as the application runs it:
 * the indexes are created (auto-index-creation) and kept in the file, and claims and their leases
 * survive a restart.
 */
class DueTasksOnH2Tests {

	final Instant now = Instant.parse("2026-11-23T02:00:00Z");

	@TempDir
	Path dir;

	@Test
	void claimsFromTheFileAcrossARestart() {
		String file = dir.resolve("mongo.mv").toString();
		withTasks(file, now, tasks -> {
			tasks.schedule("a", "reminder", "o1", now.minusSeconds(30), null);
			tasks.schedule("b", "reminder", "o2", now.minusSeconds(90), null);
			tasks.schedule("c", "reminder", "o3", now.plusSeconds(3600), null);
			assertThat(tasks.claimDue("reminder", 10, Duration.ofMinutes(2))).extracting(DueTask::id).containsExactly("b", "a");
			return null;
		});
		withTasks(file, now.plusSeconds(60), tasks -> {
			assertThat(tasks.claimDue("reminder", 10, Duration.ofMinutes(2))).as("leased before the restart").isEmpty();
			return null;
		});
		withTasks(file, now.plusSeconds(121), tasks -> {
			List<DueTask> again = tasks.claimDue("reminder", 10, Duration.ofMinutes(2));
			assertThat(again).extracting(DueTask::id).containsExactlyInAnyOrder("a", "b");
			assertThat(again).allSatisfy(task -> assertThat(task.attempts()).isEqualTo(2));
			return null;
		});
	}

	private void withTasks(String file, Instant at, Function<DueTasks, Void> work) {
		MongoServer server = new MongoServer(new DurableH2Backend(file));
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			MongoCustomConversions conversions = new MongoCustomConversions(List.of());
			MongoMappingContext context = new MongoMappingContext();
			context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
			context.setAutoIndexCreation(true);
			context.afterPropertiesSet();
			MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
			converter.setCustomConversions(conversions);
			converter.afterPropertiesSet();
			MongoTemplate mongo = new MongoTemplate(new SimpleMongoClientDatabaseFactory(client, "market"), converter);
			DueTasks tasks = new DueTasks(mongo, Clock.fixed(at, ZoneOffset.UTC));
			work.apply(tasks);
			assertThat(mongo.indexOps(DueTask.class).getIndexInfo()).extracting(IndexInfo::getName).contains("claim");
			assertThat(mongo.indexOps("due_slots").getIndexInfo()).extracting(IndexInfo::getName).contains("kind_at");
		}
		finally {
			server.shutdownNow();
		}
	}

}
