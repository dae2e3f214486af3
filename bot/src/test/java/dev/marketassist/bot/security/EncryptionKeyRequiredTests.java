package dev.marketassist.bot.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import dev.marketassist.testing.EndToEnd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With an external MongoDB the assistant does not start without MARKET_ENCRYPTION_KEY (a key
 * generated on one machine would leave the data unreadable on the next); with the embedded
 * server it generates one into its own file, readable by the owner only.
 */
class EncryptionKeyRequiredTests {

	@TempDir
	Path data;

	@Test
	void refusesToStartWithAnExternalMongoDbAndNoKey() {
		assertThatThrownBy(() -> start("--spring.mongodb.uri=mongodb://127.0.0.1:9/market").close())
			.rootCause()
			.hasMessageContaining("MARKET_ENCRYPTION_KEY is not set, but MONGODB_URI is: refusing to start");
		assertThat(data.resolve("encryption.key")).doesNotExist();
	}

	@Test
	void generatesAKeyFileOnlyTheOwnerReadsWithTheEmbeddedServer() throws Exception {
		// the embedded server's own key file: with -Preal-mongo every context uses that server instead
		org.junit.jupiter.api.Assumptions.assumeFalse(dev.marketassist.testing.TestMongo.real());
		try (ConfigurableApplicationContext app = start()) {
			Path key = data.resolve("encryption.key");
			assertThat(key).exists();
			if (Files.getFileStore(key).supportsFileAttributeView("posix")) {
				assertThat(Files.getPosixFilePermissions(key)).isEqualTo(
						Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
			}
		}
	}

	private ConfigurableApplicationContext start(String... extra) {
		return EndToEnd.app().args("--market.encryption.key=", "--market.embedded-mongo.backend=memory",
				"--market.embedded-mongo.data-dir=" + data, "--market.mongo.timeout=1s", "--market.sandbox.enabled=false")
			.args(extra)
			.start();
	}

}
