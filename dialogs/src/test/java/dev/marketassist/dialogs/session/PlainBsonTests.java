package dev.marketassist.dialogs.session;

import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A session's stored form read and written as the driver's DocumentCodec does: the same values, the same bytes. */
class PlainBsonTests {

	final DocumentCodec codec = new DocumentCodec();

	@Test
	void aStoredSessionIsReadAsTheDriverReadsIt() {
		RawBsonDocument stored = new RawBsonDocument(ChatSessionCodecTests.everyFieldSet(), new ChatSessionCodec());

		Document read = PlainBson.read(stored, codec);

		assertThat(read).isEqualTo(stored.decode(codec));
		assertThat(read.get("createdAt")).isInstanceOf(Date.class);
		assertThat(read.get("version")).isEqualTo(12L);
		assertThat(read.get("promptSeq")).isInstanceOf(Integer.class);
	}

	@Test
	void aChangedSessionIsWrittenToTheSameBytes() {
		RawBsonDocument stored = new RawBsonDocument(ChatSessionCodecTests.everyFieldSet(), new ChatSessionCodec());
		Document changed = PlainBson.read(stored, codec);
		LocalUpdate.apply(changed, new Document("$inc", new Document("version", 1L))
			.append("$set", new Document("promptMessageId", 78).append("lease.until", new Date(1_800_000_000_000L)))
			.append("$pull", new Document("outbox", new Document("key", new Document("$in", List.of("k1", "k3"))))));

		RawBsonDocument written = PlainBson.write(changed, codec);

		assertThat(written.getByteBuffer().asNIO()).isEqualTo(new RawBsonDocument(changed, codec).getByteBuffer().asNIO());
		assertThat(written.decode(new ChatSessionCodec()).getOutbox()).extracting("key").containsExactly("k2", "k4");
	}

	@Test
	void aDocumentWithAnotherKindOfValueIsLeftToTheDriversCodec() {
		Document other = new Document("_id", "7:7").append("nested", new Document("id", new ObjectId("65a1b2c3d4e5f60718293a4b")))
			.append("ratio", 0.5)
			.append("none", null);

		RawBsonDocument written = PlainBson.write(other, codec);

		assertThat(written.getByteBuffer().asNIO()).isEqualTo(new RawBsonDocument(other, codec).getByteBuffer().asNIO());
		assertThat(PlainBson.read(written, codec)).isEqualTo(other);
	}

}
