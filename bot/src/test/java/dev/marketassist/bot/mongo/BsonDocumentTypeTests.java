package dev.marketassist.bot.mongo;

import static dev.marketassist.bot.mongo.EmbeddedBackends.withSessions;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded H2 store keeps documents as BSON: every kind of value comes back as written, a file
 * whose documents an earlier version stored by Java serialization is read and rewritten, and the
 * value written by the old type is still understood.
 */
class BsonDocumentTypeTests {

	@TempDir
	Path dir;

	static Document session(int i) {
		List<Document> outbox = new ArrayList<>();
		outbox.add(new Document("key", "k" + i).append("html", "<b>你好</b> " + i).append("buttons", List.of(List.of("a", "b"))));
		return new Document("_id", i + ":" + i).append("chatId", (long) i).append("n", i).append("ratio", i / 3.0)
			.append("on", i % 2 == 0).append("none", null).append("at", Date.from(Instant.parse("2026-12-07T10:00:00Z")))
			.append("oid", new ObjectId("65a1b2c3d4e5f60718293a4b")).append("bytes", new Binary(new byte[] { 1, 2, 3 }))
			.append("price", Decimal128.parse("1999.00")).append("outbox", outbox)
			.append("lease", new Document("owner", "instance-a").append("until", new Date(1_800_000_000_000L)))
			.append("version", (long) i);
	}

	@Test
	void aFileWhoseDocumentsWereJavaSerializedIsReadAndRewrittenAsBson() {
		Path file = this.dir.resolve("mongo.mv");
		withSessions(new H2Backend(file.toString()), sessions -> {
			for (int i = 0; i < 200; i++) {
				sessions.insertOne(session(i));
			}
		});
		long serializedSize = file.toFile().length();

		withSessions(new DurableH2Backend(file.toString()), sessions -> {
			for (int i = 0; i < 200; i++) {
				assertThat(sessions.find(new Document("_id", i + ":" + i)).first()).isEqualTo(session(i));
			}
			for (int i = 0; i < 200; i++) {
				sessions.updateOne(new Document("_id", i + ":" + i), new Document("$set", new Document("version", i + 1L)));
			}
		});
		withSessions(new DurableH2Backend(file.toString()), sessions -> {
			for (int i = 0; i < 200; i++) {
				assertThat(sessions.find(new Document("_id", i + ":" + i)).first()).isEqualTo(session(i).append("version", i + 1L));
			}
		});

	}

	@Test
	void readsTheValuesOfTheOldTypeAndWritesBson() {
		de.bwaldvogel.mongo.bson.Document document = new de.bwaldvogel.mongo.bson.Document("_id", "7:7").append("n", 1)
			.append("nested", new de.bwaldvogel.mongo.bson.Document("at", Instant.parse("2026-12-07T10:00:00Z")));
		WriteBuffer old = new WriteBuffer();
		new ObjectDataType().write(old, document);
		assertThat(BsonDocumentType.INSTANCE.read(old.getBuffer().duplicate().flip())).isEqualTo(document);

		WriteBuffer bson = new WriteBuffer();
		BsonDocumentType.INSTANCE.write(bson, document);
		assertThat(bson.position()).as("BSON is smaller than Java serialization").isLessThan(old.position());
		ByteBuffer written = bson.getBuffer().flip();
		assertThat(written.get(0)).isEqualTo((byte) 0xB5);
		assertThat(BsonDocumentType.INSTANCE.read(written)).isEqualTo(document);
		assertThat(written.remaining()).as("read to its end").isZero();
	}

}
