package dev.marketassist.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import dev.marketassist.bot.mongo.EmbeddedMongoSettings;
import dev.marketassist.core.crypto.FieldCipher;
import dev.marketassist.dialogs.engine.Sealer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealingConfigurationTests {

	private static final String KEY = "q3Jt0Lk3n2H5mQ8xV1cY7bZ4wR6tU9pA2sD5fG8hJ0k=";

	@TempDir
	Path data;

	private final SealingConfiguration configuration = new SealingConfiguration();

	private EmbeddedMongoSettings embedded() {
		return new EmbeddedMongoSettings(null, data.toString(), null, 0, null);
	}

	@Test
	void opensSealedAnswersAndReadsClearOnesFromBeforeTheirStepWasConfidential() {
		Sealer sealer = configuration.sealer(configuration.fieldCipher(new EncryptionSettings(KEY), embedded(), ""));
		String sealed = sealer.seal("+8613812345678");
		assertThat(sealed).startsWith("v1:").doesNotContain("13812345678");
		assertThat(sealer.open(sealed)).isEqualTo("+8613812345678");
		// a session draft written before phone steps were confidential
		assertThat(sealer.open("+8613812345678")).isEqualTo("+8613812345678");
	}

	@Test
	void refusesAnExternalMongoDbWithoutAKeyAndGeneratesNone() {
		assertThatThrownBy(() -> configuration.fieldCipher(new EncryptionSettings(null), embedded(), "mongodb://db.example:27017/market"))
			.isInstanceOf(SealingConfiguration.MissingEncryptionKey.class)
			.hasMessageContaining("MARKET_ENCRYPTION_KEY is not set");
		assertThat(data.resolve("encryption.key")).doesNotExist();
		FieldCipher configured = configuration.fieldCipher(new EncryptionSettings(KEY), embedded(), "mongodb://db.example:27017/market");
		assertThat(configured.decrypt(configured.encrypt("ok"))).isEqualTo("ok");
	}

}
