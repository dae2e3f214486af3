package dev.marketassist.bot;

import java.nio.file.Path;

import dev.marketassist.core.crypto.EncryptionKeys;
import dev.marketassist.core.crypto.FieldCipher;
import dev.marketassist.dialogs.engine.Sealer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Encryption of sensitive values at rest (bank account numbers): AES-256-GCM with the key from
 * {@code MARKET_ENCRYPTION_KEY}, or one generated into the data folder on first start.
 */
@Configuration(proxyBeanMethods = false)
class SealingConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SealingConfiguration.class);

	@Bean
	FieldCipher fieldCipher(@Value("${market.encryption.key:}") String key,
			@Value("${market.embedded-mongo.data-dir:./data}") String dataDir) {
		EncryptionKeys.KeySource source = EncryptionKeys.loadOrCreate(key.isBlank() ? null : key, Path.of(dataDir));
		if (source.generated()) {
			log.warn("No MARKET_ENCRYPTION_KEY set: generated a new key into {}. Back it up, or set MARKET_ENCRYPTION_KEY: "
					+ "without it, encrypted values (bank account numbers) cannot be read.", source.file());
		}
		return new FieldCipher(source.key());
	}

	@Bean
	Sealer sealer(FieldCipher cipher) {
		return new Sealer() {
			@Override
			public String seal(String clear) {
				return cipher.encrypt(clear);
			}

			@Override
			public String open(String sealed) {
				return cipher.decrypt(sealed);
			}
		};
	}

}
