package dev.marketassist.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.marketassist.core.crypto.EncryptionKeys.KeySource;

class EncryptionKeysTests {

	@TempDir
	Path dataDir;

	@Test
	void usesTheConfiguredKeyAndWritesNoFile() {
		byte[] key = FieldCipherTests.key((byte) 5);
		KeySource source = EncryptionKeys.loadOrCreate(Base64.getEncoder().encodeToString(key), dataDir);
		assertThat(source.key()).isEqualTo(key);
		assertThat(source.generated()).isFalse();
		assertThat(source.file()).isNull();
		assertThat(dataDir.resolve("encryption.key")).doesNotExist();
	}

	@Test
	void refusesABadConfiguredKey() {
		String tooShort = Base64.getEncoder().encodeToString(new byte[31]);
		assertThatIllegalArgumentException().isThrownBy(() -> EncryptionKeys.loadOrCreate(tooShort, dataDir))
			.withMessageContaining("exactly 32 bytes")
			.withMessageNotContaining(tooShort);
		assertThatIllegalArgumentException().isThrownBy(() -> EncryptionKeys.loadOrCreate("hunter2!", dataDir))
			.withMessageNotContaining("hunter2");
		assertThat(dataDir.resolve("encryption.key")).doesNotExist();
	}

	@Test
	void generatesAKeyFileOnceAndReusesIt() {
		Path folder = dataDir.resolve("data");
		KeySource first = EncryptionKeys.loadOrCreate(null, folder);
		assertThat(first.generated()).isTrue();
		assertThat(first.file()).isEqualTo(folder.resolve("encryption.key")).exists();
		assertThat(first.key()).hasSize(32);

		KeySource second = EncryptionKeys.loadOrCreate("  ", folder);
		assertThat(second.generated()).isFalse();
		assertThat(second.key()).isEqualTo(first.key());
		assertThat(second.file()).isEqualTo(first.file());

		String stored = new FieldCipher(first.key()).encrypt("6222021234567890");
		assertThat(new FieldCipher(second.key()).decrypt(stored)).isEqualTo("6222021234567890");
	}

	@Test
	void writesTheKeyFileAsBase64ForTheOwnerOnly() throws IOException {
		KeySource source = EncryptionKeys.loadOrCreate(null, dataDir);
		assertThat(Base64.getDecoder().decode(Files.readString(source.file()).strip())).isEqualTo(source.key());
		try (var files = Files.list(dataDir)) {
			assertThat(files).as("no temporary file left behind").containsExactly(source.file());
		}
		assumeThat(dataDir.getFileSystem().supportedFileAttributeViews()).contains("posix");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(source.file()))).isEqualTo("rw-------");
	}

	@Test
	void generatesDifferentKeysForDifferentDataFolders() {
		byte[] one = EncryptionKeys.loadOrCreate(null, dataDir.resolve("a")).key();
		byte[] two = EncryptionKeys.loadOrCreate(null, dataDir.resolve("b")).key();
		assertThat(one).isNotEqualTo(two);
	}

	@Test
	void refusesACorruptKeyFileInsteadOfReplacingIt() throws IOException {
		Path file = dataDir.resolve("encryption.key");
		Files.writeString(file, "garbage");
		assertThatIllegalStateException().isThrownBy(() -> EncryptionKeys.loadOrCreate(null, dataDir))
			.withMessageContaining("does not hold a valid key")
			.withMessageNotContaining("garbage");
		assertThat(Files.readString(file)).isEqualTo("garbage");
	}

	@Test
	void neverPrintsTheKey() {
		KeySource source = EncryptionKeys.loadOrCreate(null, dataDir);
		assertThat(source.toString()).doesNotContain(Base64.getEncoder().encodeToString(source.key()))
			.contains("generated=true");
	}

	@Test
	void handsOutCopiesOfTheKey() {
		KeySource source = EncryptionKeys.loadOrCreate(null, dataDir);
		byte[] key = source.key();
		key[0] ^= 0x7f;
		assertThat(source.key()).isNotEqualTo(key);
	}

}
