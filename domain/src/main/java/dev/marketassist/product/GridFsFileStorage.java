package dev.marketassist.product;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Date;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import com.mongodb.client.gridfs.model.GridFSFile;
import dev.marketassist.core.Refused;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

/**
 * The default {@link FileStorage} ({@code market.files.storage=gridfs}): each file is fetched from
 * the channel that received it ({@link UploadedFiles}), its size checked again on the real bytes,
 * and kept in the GridFS bucket {@value #BUCKET} with its name, type, size, SHA-256, provider,
 * product and channel ids. The reference is {@code gridfs:<id>}. One provider's upload is kept
 * once: looked up by the channel reference, then by the channel's unique file id.
 */
@Component
@ConditionalOnProperty(name = "market.files.storage", havingValue = "gridfs", matchIfMissing = true)
class GridFsFileStorage implements FileStorage {

	static final String BUCKET = "product_files";

	static final String PREFIX = "gridfs:";

	private static final Logger log = LoggerFactory.getLogger(GridFsFileStorage.class);

	private final GridFsTemplate gridFs;

	private final UploadedFiles uploads;

	private final Clock clock;

	GridFsFileStorage(MongoDatabaseFactory mongo, MongoConverter converter, UploadedFiles uploads, Clock clock) {
		this.gridFs = new GridFsTemplate(mongo, converter, BUCKET);
		this.uploads = uploads;
		this.clock = clock;
	}

	@Override
	public StoredFile store(StoredFile uploaded, StoredFile.Kind kind, String providerId, String productId) {
		if (uploaded.reference().startsWith(PREFIX)) {
			return uploaded;
		}
		GridFSFile known = find(providerId, "metadata.channelReference", uploaded.reference());
		if (known != null) {
			return stored(uploaded, known);
		}
		UploadedFiles.Content content = fetch(uploaded, kind);
		byte[] bytes = content.bytes();
		if (bytes.length > kind.maxBytes()) {
			log.warn("{} of provider {} has {} bytes, over the {} limit: refused", kind, providerId, bytes.length,
					kind.maxBytes());
			throw new Refused("refused.product.file.too-large", shownName(uploaded), kind.maxMegabytes(),
					new StoredFile(uploaded.reference(), null, null, bytes.length).shownSize());
		}
		if (content.uniqueId() != null) {
			known = find(providerId, "metadata.channelUniqueId", content.uniqueId());
			if (known != null) {
				return stored(uploaded, known);
			}
		}
		Document metadata = new Document("kind", kind.name())
			.append("providerId", providerId)
			.append("productId", productId)
			.append("fileName", uploaded.fileName())
			.append("contentType", uploaded.mimeType())
			.append("size", (long) bytes.length)
			.append("sha256", sha256(bytes))
			.append("channelReference", uploaded.reference())
			.append("channelUniqueId", content.uniqueId())
			.append("storedAt", Date.from(clock.instant()));
		ObjectId id = gridFs.store(new ByteArrayInputStream(bytes), fileName(uploaded, kind), uploaded.mimeType(), metadata);
		log.info("Stored {} of provider {} ({} bytes) as {}{}", kind, providerId, bytes.length, PREFIX, id.toHexString());
		return new StoredFile(PREFIX + id.toHexString(), uploaded.fileName(), uploaded.mimeType(), bytes.length);
	}

	@Override
	public Optional<byte[]> content(String reference) {
		if (!reference.startsWith(PREFIX) || !ObjectId.isValid(reference.substring(PREFIX.length()))) {
			return Optional.empty();
		}
		GridFSFile file = gridFs.findOne(query(where("_id").is(new ObjectId(reference.substring(PREFIX.length())))));
		if (file == null) {
			return Optional.empty();
		}
		try (InputStream in = gridFs.getResource(file).getInputStream()) {
			return Optional.of(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private UploadedFiles.Content fetch(StoredFile uploaded, StoredFile.Kind kind) {
		try {
			return uploads.fetch(uploaded.reference(), kind.maxBytes());
		}
		catch (FileUnavailable unavailable) {
			log.warn("Could not fetch a {} from its channel: {}", kind, unavailable.getMessage());
			throw new Refused("refused.product.file.unavailable", shownName(uploaded));
		}
	}

	private GridFSFile find(String providerId, String key, String value) {
		return gridFs.findOne(query(new Criteria().andOperator(where("metadata.providerId").is(providerId), where(key).is(value))));
	}

	private static StoredFile stored(StoredFile uploaded, GridFSFile file) {
		return new StoredFile(PREFIX + file.getObjectId().toHexString(), uploaded.fileName(), uploaded.mimeType(),
				file.getLength());
	}

	private static String fileName(StoredFile uploaded, StoredFile.Kind kind) {
		if (uploaded.fileName() != null) {
			return uploaded.fileName();
		}
		return kind.name().toLowerCase(Locale.ROOT) + ("image/png".equals(uploaded.mimeType()) ? ".png" : ".jpg");
	}

	private static String shownName(StoredFile uploaded) {
		return uploaded.fileName() == null ? "photo" : uploaded.fileName();
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
