package dev.marketassist.bot;

import java.nio.file.Path;

import dev.marketassist.bot.mongo.EmbeddedMongoSettings;
import dev.marketassist.core.crypto.EncryptionKeys;
import dev.marketassist.core.crypto.FieldCipher;
import dev.marketassist.core.crypto.SealedPhones;
import dev.marketassist.dialogs.engine.Sealer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Encryption of sensitive values at rest (bank account numbers, phone numbers): AES-256-GCM with
 * the key from {@code MARKET_ENCRYPTION_KEY}. Only with the embedded MongoDB may a key be generated
 * (into its own file {@code encryption.key} in the data folder, readable by the owner only): with
 * an external MongoDB ({@code MONGODB_URI}) the assistant refuses to start without a configured
 * key, since a key generated on one machine would leave the data unreadable on any other.
 */
@Configuration(proxyBeanMethods = false)
class SealingConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SealingConfiguration.class);

	@Bean
	FieldCipher fieldCipher(EncryptionSettings encryption, EmbeddedMongoSettings embedded,
			@Value("${spring.mongodb.uri:${MONGODB_URI:}}") String mongoUri) {
		if (!encryption.configured() && !mongoUri.isBlank()) {
			throw new MissingEncryptionKey();
		}
		EncryptionKeys.KeySource source = EncryptionKeys.loadOrCreate(encryption.configured() ? encryption.key() : null,
				Path.of(embedded.dataDir()));
		if (source.generated()) {
			log.warn("No MARKET_ENCRYPTION_KEY set: generated a new key into {}. Back it up, or set MARKET_ENCRYPTION_KEY: "
					+ "without it, encrypted values (bank account and phone numbers) cannot be read. With MONGODB_URI the key "
					+ "must be set.", source.file());
		}
		return new FieldCipher(source.key());
	}

	/** Refusal to start: an external MongoDB and no configured key. */
	static final class MissingEncryptionKey extends IllegalStateException {

		MissingEncryptionKey() {
			super("MARKET_ENCRYPTION_KEY is not set, but MONGODB_URI is: refusing to start. Sensitive values (bank "
					+ "account and phone numbers) are encrypted with this key; set it to a base64 256-bit key "
					+ "(openssl rand -base64 32) and keep it in your secret store. A key is generated only for the "
					+ "embedded MongoDB.");
		}

	}

	@Bean
	Sealer sealer(FieldCipher cipher) {
		return new Sealer() {
			@Override
			public String seal(String clear) {
				return cipher.encrypt(clear);
			}

			/** Answers from before their step was confidential (phone numbers) are clear: read as they are. */
			@Override
			public String open(String sealed) {
				return SealedPhones.isSealed(sealed) ? cipher.decrypt(sealed) : sealed;
			}
		};
	}

}
