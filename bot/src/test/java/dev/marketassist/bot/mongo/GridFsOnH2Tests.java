package dev.marketassist.bot.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Random;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product files' GridFS bucket on the default embedded backend (H2 file): a file of several
 * chunks is stored, found by its metadata and read back byte for byte after the server restarts.
 */
class GridFsOnH2Tests {

	@TempDir
	Path dir;

	@Test
	void keepsAGridFsFileAcrossARestart() {
		String file = dir.resolve("mongo.mv").toString();
		byte[] bytes = new byte[600_000];
		new Random(7).nextBytes(bytes);
		ObjectId id;
		MongoServer first = new MongoServer(new DurableH2Backend(file));
		try (MongoClient client = MongoClients.create(first.bindAndGetConnectionString())) {
			id = bucket(client).uploadFromStream("guide.pdf", new ByteArrayInputStream(bytes),
					new GridFSUploadOptions().metadata(new Document("providerId", "SP-1").append("channelUniqueId", "uniq-1")));
		}
		finally {
			first.shutdownNow();
		}

		MongoServer second = new MongoServer(new DurableH2Backend(file));
		try (MongoClient client = MongoClients.create(second.bindAndGetConnectionString())) {
			GridFSBucket bucket = bucket(client);
			GridFSFile found = bucket.find(Filters.and(Filters.eq("metadata.providerId", "SP-1"),
					Filters.eq("metadata.channelUniqueId", "uniq-1"))).first();
			assertThat(found).isNotNull();
			assertThat(found.getObjectId()).isEqualTo(id);
			assertThat(found.getLength()).isEqualTo(600_000);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			bucket.downloadToStream(id, out);
			assertThat(out.toByteArray()).isEqualTo(bytes);
			assertThat(client.getDatabase("market").getCollection("product_files.chunks").countDocuments()).isEqualTo(3);
		}
		finally {
			second.shutdownNow();
		}
	}

	private static GridFSBucket bucket(MongoClient client) {
		return GridFSBuckets.create(client.getDatabase("market"), "product_files");
	}

}
