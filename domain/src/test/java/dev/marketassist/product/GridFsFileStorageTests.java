package dev.marketassist.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.gridfs.model.GridFSFile;
import dev.marketassist.testing.TestMongo;
import dev.marketassist.core.Refused;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;

/** The GridFS product file storage on mongo-java-server (memory backend): what GridFS needs works there. */
class GridFsFileStorageTests {

	final Clock clock = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

	/** A channel with files by reference: content and unique id; counts fetches. */
	final Map<String, UploadedFiles.Content> channel = new HashMap<>();

	final List<String> fetched = new ArrayList<>();

	TestMongo.Server server;

	MongoClient client;

	MongoTemplate mongo;

	GridFsTemplate bucket;

	GridFsFileStorage storage;

	@BeforeEach
	void setUp() {
		server = TestMongo.start();
		client = MongoClients.create(server.bindAndGetConnectionString());
		mongo = new MongoTemplate(client, server.database("files"));
		bucket = new GridFsTemplate(mongo.getMongoDatabaseFactory(), mongo.getConverter(), GridFsFileStorage.BUCKET);
		UploadedFiles uploads = (reference, limit) -> {
			fetched.add(reference);
			UploadedFiles.Content content = channel.get(reference);
			if (content == null) {
				throw new FileUnavailable("getFile failed: [400] Bad Request: invalid file_id");
			}
			byte[] bytes = content.bytes();
			return new UploadedFiles.Content(content.uniqueId(),
					bytes.length > limit + 1 ? Arrays.copyOf(bytes, (int) limit + 1) : bytes);
		};
		storage = new GridFsFileStorage(mongo.getMongoDatabaseFactory(), mongo.getConverter(), uploads, clock);
	}

	@AfterEach
	void tearDown() {
		client.close();
		server.shutdownNow();
	}

	@Test
	void keepsTheBytesWithTheirMetadataAndAGridFsReference() throws IOException {
		// over one 255 KB chunk, so that the content is split and reassembled in order
		byte[] bytes = randomBytes(700_000);
		channel.put("tg-doc-1", new UploadedFiles.Content("uniq-1", bytes));
		StoredFile uploaded = new StoredFile("tg-doc-1", "guide.pdf", "application/pdf", 700_000);

		StoredFile stored = storage.store(uploaded, StoredFile.Kind.USAGE_DOCUMENT, "SP-1", "P-1");

		assertThat(stored.reference()).startsWith("gridfs:");
		assertThat(stored.fileName()).isEqualTo("guide.pdf");
		assertThat(stored.mimeType()).isEqualTo("application/pdf");
		assertThat(stored.size()).isEqualTo(700_000);
		GridFSFile file = bucket.findOne(byReference(stored));
		assertThat(file.getFilename()).isEqualTo("guide.pdf");
		assertThat(file.getLength()).isEqualTo(700_000);
		assertThat(bucket.getResource(file).getInputStream().readAllBytes()).isEqualTo(bytes);
		Document metadata = file.getMetadata();
		assertThat(metadata.getString("kind")).isEqualTo("USAGE_DOCUMENT");
		assertThat(metadata.getString("providerId")).isEqualTo("SP-1");
		assertThat(metadata.getString("productId")).isEqualTo("P-1");
		assertThat(metadata.getString("fileName")).isEqualTo("guide.pdf");
		assertThat(metadata.getString("contentType")).isEqualTo("application/pdf");
		assertThat(metadata.getLong("size")).isEqualTo(700_000L);
		assertThat(metadata.getString("sha256")).isEqualTo(GridFsFileStorage.sha256(bytes)).hasSize(64);
		assertThat(metadata.getString("channelReference")).isEqualTo("tg-doc-1");
		assertThat(metadata.getString("channelUniqueId")).isEqualTo("uniq-1");
		assertThat(metadata.get("storedAt", Date.class).toInstant()).isEqualTo(clock.instant());
		assertThat(mongo.getCollection("product_files.chunks").countDocuments()).isEqualTo(3);
	}

	@Test
	void namesAPhotoByItsKindAndType() {
		channel.put("tg-photo", new UploadedFiles.Content("uniq-photo", "jpeg".getBytes(StandardCharsets.UTF_8)));

		StoredFile stored = storage.store(new StoredFile("tg-photo", null, "image/jpeg", 4), StoredFile.Kind.LOGO, "SP-1",
				"P-1");

		assertThat(stored.fileName()).isNull();
		assertThat(bucket.findOne(byReference(stored)).getFilename()).isEqualTo("logo.jpg");
	}

	@Test
	void keepsOneCopyOfTheSameUploadAndReturnsAStoredFileAsItIs() {
		byte[] bytes = randomBytes(1000);
		channel.put("tg-logo-a", new UploadedFiles.Content("uniq-logo", bytes));
		// the same file sent again: another file_id, the same file_unique_id
		channel.put("tg-logo-b", new UploadedFiles.Content("uniq-logo", bytes));
		StoredFile uploaded = new StoredFile("tg-logo-a", "logo.png", "image/png", 1000);

		StoredFile first = storage.store(uploaded, StoredFile.Kind.LOGO, "SP-1", "P-1");
		StoredFile again = storage.store(uploaded, StoredFile.Kind.LOGO, "SP-1", "P-1");
		StoredFile resent = storage.store(new StoredFile("tg-logo-b", "logo.png", "image/png", 1000), StoredFile.Kind.LOGO,
				"SP-1", "P-1");
		StoredFile kept = storage.store(first, StoredFile.Kind.LOGO, "SP-1", "P-1");

		assertThat(again).isEqualTo(first);
		assertThat(resent.reference()).isEqualTo(first.reference());
		assertThat(kept).isSameAs(first);
		assertThat(fetched).containsExactly("tg-logo-a", "tg-logo-b");
		assertThat(mongo.getCollection("product_files.files").countDocuments()).isEqualTo(1);
	}

	@Test
	void keepsAnotherProvidersCopyApart() {
		channel.put("tg-shared", new UploadedFiles.Content("uniq-shared", randomBytes(10)));
		StoredFile uploaded = new StoredFile("tg-shared", "logo.png", "image/png", 10);

		StoredFile mine = storage.store(uploaded, StoredFile.Kind.LOGO, "SP-1", "P-1");
		StoredFile theirs = storage.store(uploaded, StoredFile.Kind.LOGO, "SP-2", "P-2");

		assertThat(theirs.reference()).isNotEqualTo(mine.reference());
		assertThat(bucket.findOne(byReference(theirs)).getMetadata().getString("providerId")).isEqualTo("SP-2");
	}

	@Test
	void refusesAFileWhoseRealContentIsOverTheLimit() {
		// the upload claimed 1 KB; the channel gives more than the logo's 2 MB
		channel.put("tg-liar", new UploadedFiles.Content("uniq-liar", new byte[3 * 1024 * 1024]));

		assertThatThrownBy(() -> storage.store(new StoredFile("tg-liar", "logo.png", "image/png", 1024), StoredFile.Kind.LOGO,
				"SP-1", "P-1"))
			.isInstanceOfSatisfying(Refused.class, refused -> {
				assertThat(refused.code()).isEqualTo("refused.product.file.too-large");
				assertThat(refused.args()).containsExactly("logo.png", 2L, "2.0 MB");
			});
		assertThat(mongo.getCollection("product_files.files").countDocuments()).isZero();
		assertThat(mongo.getCollection("product_files.chunks").countDocuments()).isZero();
	}

	@Test
	void acceptsAFileOfExactlyTheLimit() throws IOException {
		byte[] bytes = randomBytes((int) StoredFile.Kind.LOGO.maxBytes());
		channel.put("tg-full", new UploadedFiles.Content("uniq-full", bytes));

		StoredFile stored = storage.store(new StoredFile("tg-full", "logo.png", "image/png", bytes.length),
				StoredFile.Kind.LOGO, "SP-1", "P-1");

		assertThat(bucket.getResource(bucket.findOne(byReference(stored))).getInputStream().readAllBytes()).isEqualTo(bytes);
	}

	@Test
	void refusesWithAMessageWhenTheChannelCannotGiveTheFile() {
		assertThatThrownBy(() -> storage.store(new StoredFile("tg-gone", "guide.pdf", "application/pdf", 10),
				StoredFile.Kind.USAGE_DOCUMENT, "SP-1", "P-1"))
			.isInstanceOfSatisfying(Refused.class, refused -> {
				assertThat(refused.code()).isEqualTo("refused.product.file.unavailable");
				assertThat(refused.args()).containsExactly("guide.pdf");
			});
		assertThat(mongo.getCollection("product_files.files").countDocuments()).isZero();
	}

	@Test
	void givesReviewersTheContentOfAStoredFileOnly() {
		byte[] bytes = randomBytes(300_000);
		channel.put("tg-doc", new UploadedFiles.Content("uniq-doc", bytes));
		StoredFile stored = storage.store(new StoredFile("tg-doc", "guide.pdf", "application/pdf", 300_000),
				StoredFile.Kind.USAGE_DOCUMENT, "SP-1", "P-1");

		assertThat(storage.content(stored.reference())).hasValue(bytes);
		assertThat(storage.content("tg-doc")).isEmpty();
		assertThat(storage.content("gridfs:" + new ObjectId().toHexString())).isEmpty();
		assertThat(storage.content("gridfs:not-an-id")).isEmpty();
	}

	private static Query byReference(StoredFile stored) {
		return query(where("_id").is(new ObjectId(stored.reference().substring("gridfs:".length()))));
	}

	private static byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		new Random(length).nextBytes(bytes);
		return bytes;
	}

}
