package dev.marketassist.bot;

import java.time.Clock;

import dev.marketassist.core.crypto.FieldCipher;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Refuses to start an instance whose encryption key cannot open what is stored. The first instance
 * on a database seals a known value into {@code market_meta} ({@code _id: encryption-key-check});
 * every later start opens it. A second instance started with another {@code MARKET_ENCRYPTION_KEY}
 * (or a restart after the generated key file was lost) stops at once with a clear message instead of
 * failing later on the first bank account or phone number it reads.
 */
@Component
class EncryptionKeyCheck implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(EncryptionKeyCheck.class);

	static final String COLLECTION = "market_meta";

	static final String ID = "encryption-key-check";

	private static final String PROBE = "market-assistant";

	private final MongoTemplate mongo;

	private final FieldCipher cipher;

	private final Clock clock;

	EncryptionKeyCheck(MongoTemplate mongo, FieldCipher cipher, Clock clock) {
		this.mongo = mongo;
		this.cipher = cipher;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Document stored = mongo.getCollection(COLLECTION).find(new Document("_id", ID)).first();
		if (stored == null) {
			try {
				mongo.getCollection(COLLECTION)
					.insertOne(new Document("_id", ID).append("sealed", cipher.encrypt(PROBE)).append("at", clock.instant().toString()));
				log.info("Encryption key recorded for this database (a check value in {})", COLLECTION);
				return;
			}
			catch (DuplicateKeyException | com.mongodb.MongoWriteException raced) {
				stored = mongo.getCollection(COLLECTION).find(new Document("_id", ID)).first();
			}
		}
		if (stored == null || !opens(stored.getString("sealed"))) {
			throw new WrongEncryptionKey();
		}
	}

	private boolean opens(String sealed) {
		try {
			return PROBE.equals(cipher.decrypt(sealed));
		}
		catch (RuntimeException wrongKey) {
			return false;
		}
	}

	/** Refusal to start: the key does not open the values this database holds. */
	static final class WrongEncryptionKey extends IllegalStateException {

		WrongEncryptionKey() {
			super("MARKET_ENCRYPTION_KEY cannot open the values stored in this MongoDB: they were sealed with another key. "
					+ "Refusing to start. Every instance on one database needs the same key (the first instance's "
					+ "MARKET_ENCRYPTION_KEY, or the content of its generated MARKET_DATA_DIR/encryption.key).");
		}

	}

}
