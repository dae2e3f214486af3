package dev.marketassist.bot.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write acknowledged by the embedded server survives a hard kill of the process right after
 * it: a second JVM writes and is killed with SIGKILL at once, then the file is reopened.
 */
class DurableH2BackendTests {

	@TempDir
	Path dir;

	@Test
	void keepsAnAcknowledgedWriteAcrossAHardKill() throws Exception {
		Path file = dir.resolve("mongo.mv");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Writer.class.getName(),
				file.toString())
			.redirectErrorStream(true)
			.start();
		try (var out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null && !line.equals("ACKNOWLEDGED")) {
				// skip log lines until the write was acknowledged
			}
			assertThat(line).isEqualTo("ACKNOWLEDGED");
			writer.destroyForcibly(); // SIGKILL: no shutdown hook, no MVStore close
		}
		assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();

		MongoServer server = new MongoServer(new DurableH2Backend(file.toString()));
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			Document found = client.getDatabase("market").getCollection("chat_sessions").find(new Document("_id", "7:7")).first();
			assertThat(found).isNotNull();
			assertThat(found.getString("step")).isEqualTo("uscc");
		}
		finally {
			server.shutdownNow();
		}
	}

	/** Runs in the second JVM: writes one document, reports, and waits to be killed. */
	public static final class Writer {

		public static void main(String[] args) throws Exception {
			MongoServer server = new MongoServer(new DurableH2Backend(args[0]));
			MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
			client.getDatabase("market").getCollection("chat_sessions").insertOne(new Document("_id", "7:7").append("step", "company"));
			client.getDatabase("market")
				.getCollection("chat_sessions")
				.updateOne(new Document("_id", "7:7"), new Document("$set", new Document("step", "uscc")));
			System.out.println("ACKNOWLEDGED");
			System.out.flush();
			Thread.sleep(60_000);
		}

	}

}
