package dev.marketassist.core.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts single fields for storage with AES-256-GCM.
 * <p>
 * A stored value is {@code "v1:"} followed by the base64 of a fresh random 12-byte IV,
 * the ciphertext and the 16-byte authentication tag, so the same clear text encrypts
 * differently every time and any change to a stored value is detected. The version prefix
 * leaves room for a new scheme or key later. Instances are thread-safe.
 * <p>
 * No message thrown from here contains a clear value, a stored value or the key.
 */
public final class FieldCipher {

	/** The prefix of values written by this version. */
	public static final String PREFIX = "v1:";

	static final int KEY_BYTES = 32;

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final String HMAC = "HmacSHA256";

	private final SecretKey key;

	/** Key of {@link #lookupHash}: derived from {@link #key}, so one secret serves both. */
	private final SecretKey lookupKey;

	private final SecureRandom random = new SecureRandom();

	/**
	 * Creates a cipher for a 256-bit key.
	 * @param key32 exactly 32 random bytes; copied
	 * @throws IllegalArgumentException if the key is not 32 bytes long
	 */
	public FieldCipher(byte[] key32) {
		if (key32 == null || key32.length != KEY_BYTES) {
			throw new IllegalArgumentException("An AES-256 key must be exactly " + KEY_BYTES + " bytes, got "
					+ ((key32 != null) ? key32.length : 0));
		}
		this.key = new SecretKeySpec(key32.clone(), "AES");
		this.lookupKey = new SecretKeySpec(hmac(new SecretKeySpec(key32, HMAC), "market-assistant lookup hash v1"), HMAC);
	}

	/**
	 * A keyed hash (HMAC-SHA256 under a key derived from this cipher's key) to find a sealed value
	 * without opening it: equal values give equal hashes; without the key a hash reveals nothing,
	 * not even for values as guessable as phone numbers.
	 * @param clear the clear value
	 * @return lower-case hex
	 */
	public String lookupHash(String clear) {
		if (clear == null) {
			throw new IllegalArgumentException("Nothing to hash: the value is null");
		}
		return HexFormat.of().formatHex(hmac(lookupKey, clear));
	}

	private static byte[] hmac(SecretKey key, String text) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(key);
			return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	/**
	 * Creates a cipher for a base64-encoded 256-bit key, such as the output of
	 * {@code openssl rand -base64 32}.
	 * @param base64 the key in standard base64; surrounding whitespace is ignored
	 * @return the cipher
	 * @throws IllegalArgumentException if it is not base64 of exactly 32 bytes (the
	 * message never contains the key)
	 */
	public static FieldCipher fromBase64Key(String base64) {
		return new FieldCipher(EncryptionKeys.decode(base64));
	}

	/**
	 * Encrypts a value for storage.
	 * @param clear the clear text
	 * @return {@code "v1:"} + base64(IV + ciphertext + tag)
	 */
	public String encrypt(String clear) {
		if (clear == null) {
			throw new IllegalArgumentException("Nothing to encrypt: the value is null");
		}
		byte[] iv = new byte[IV_BYTES];
		random.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
			byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
			byte[] out = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
			return PREFIX + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM encryption is not available", ex);
		}
	}

	/**
	 * Decrypts a stored value.
	 * @param stored a value written by {@link #encrypt(String)}
	 * @return the clear text
	 * @throws IllegalStateException if the value is malformed, was changed, or was
	 * encrypted with another key
	 */
	public String decrypt(String stored) {
		byte[] in = unwrap(stored);
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
			byte[] clear = cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
			return new String(clear, StandardCharsets.UTF_8);
		}
		catch (AEADBadTagException ex) {
			throw new IllegalStateException(
					"An encrypted field could not be decrypted: it was changed or encrypted with another key");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM decryption is not available", ex);
		}
	}

	private static byte[] unwrap(String stored) {
		if (stored == null || !stored.startsWith(PREFIX)) {
			throw new IllegalStateException("An encrypted field has an unknown format (expected " + PREFIX + "...)");
		}
		byte[] in;
		try {
			in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("An encrypted field is not valid base64");
		}
		if (in.length < IV_BYTES + TAG_BITS / 8) {
			throw new IllegalStateException("An encrypted field is too short to be valid");
		}
		return in;
	}

}
