package dev.marketassist.core.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Finds the key for {@link FieldCipher}: the configured one ({@code MARKET_ENCRYPTION_KEY}),
 * else the one kept in the data folder, else a new one written there.
 * <p>
 * A generated key is written as base64 to {@code <dataDir>/encryption.key}, readable by
 * the owner only where the file system has POSIX permissions. The caller should log a
 * warning when {@link KeySource#generated()} is true: losing that file makes every
 * encrypted field unreadable.
 */
public final class EncryptionKeys {

	/** The name of the key file in the data folder. */
	public static final String KEY_FILE = "encryption.key";

	private EncryptionKeys() {
	}

	/**
	 * Where the key came from.
	 *
	 * @param key the 32-byte key (a copy is returned)
	 * @param generated whether it was generated just now
	 * @param file the key file, or {@code null} when the key was configured
	 */
	public record KeySource(byte[] key, boolean generated, @Nullable Path file) {

		public KeySource {
			key = key.clone();
		}

		@Override
		public byte[] key() {
			return key.clone();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof KeySource source && Arrays.equals(key, source.key)
					&& generated == source.generated && Objects.equals(file, source.file);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(key);
		}

		@Override
		public String toString() {
			return "KeySource[generated=" + generated + ", file=" + file + "]";
		}

	}

	/**
	 * Loads the key, or creates it on first start.
	 * @param base64FromEnv the configured key (base64 of 32 bytes); {@code null} or blank
	 * if none is configured
	 * @param dataDir the data folder holding {@code encryption.key}; created if missing
	 * @return the key and where it came from
	 * @throws IllegalArgumentException if the configured key is not base64 of 32 bytes
	 * @throws IllegalStateException if the key file exists but does not hold a valid key
	 * @throws UncheckedIOException if the key file cannot be read or written
	 */
	public static KeySource loadOrCreate(@Nullable String base64FromEnv, Path dataDir) {
		if (base64FromEnv != null && !base64FromEnv.isBlank()) {
			return new KeySource(decode(base64FromEnv), false, null);
		}
		Path file = dataDir.resolve(KEY_FILE);
		try {
			if (Files.exists(file)) {
				return new KeySource(read(file), false, file);
			}
			byte[] key = new byte[FieldCipher.KEY_BYTES];
			new SecureRandom().nextBytes(key);
			try {
				write(file, key);
			}
			catch (FileAlreadyExistsException ex) {
				// another process created it in the meantime: use theirs
				return new KeySource(read(file), false, file);
			}
			return new KeySource(key, true, file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the encryption key file " + file, ex);
		}
	}

	/** Decodes a base64 key of exactly 32 bytes, with messages that never show the key. */
	static byte[] decode(@Nullable String base64) {
		if (base64 == null || base64.isBlank()) {
			throw new IllegalArgumentException("The encryption key is empty");
		}
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("The encryption key is not valid base64; generate one with: "
					+ "openssl rand -base64 " + FieldCipher.KEY_BYTES);
		}
		if (key.length != FieldCipher.KEY_BYTES) {
			throw new IllegalArgumentException("The encryption key must decode to exactly " + FieldCipher.KEY_BYTES
					+ " bytes (AES-256), but it decodes to " + key.length + "; generate one with: "
					+ "openssl rand -base64 " + FieldCipher.KEY_BYTES);
		}
		return key;
	}

	private static byte[] read(Path file) throws IOException {
		try {
			return decode(Files.readString(file, StandardCharsets.US_ASCII));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("The encryption key file " + file + " does not hold a valid key: "
					+ ex.getMessage() + ". Restore it from a backup; deleting it makes encrypted fields unreadable");
		}
	}

	/**
	 * Writes the key to a temporary file first and then links it into place, so the key
	 * file never exists half-written and an existing one is never replaced.
	 */
	private static void write(Path file, byte[] key) throws IOException {
		Path dir = file.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		Path temp = Files.createTempFile(dir, KEY_FILE, ".tmp", ownerOnly(dir));
		try {
			Files.writeString(temp, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII,
					StandardOpenOption.WRITE, StandardOpenOption.SYNC);
			try {
				Files.createLink(file, temp);
			}
			catch (FileAlreadyExistsException ex) {
				throw ex;
			}
			catch (UnsupportedOperationException | FileSystemException ex) {
				// no hard links here: fall back to a move, which still refuses to replace
				Files.move(temp, file);
			}
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	private static FileAttribute<?>[] ownerOnly(Path dir) {
		if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return new FileAttribute<?>[0];
		}
		var ownerReadWrite = PosixFilePermissions.fromString("rw-------");
		return new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(ownerReadWrite) };
	}

}
