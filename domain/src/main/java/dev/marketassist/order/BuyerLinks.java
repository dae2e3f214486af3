package dev.marketassist.order;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secrets of buyer links. A token is {@code <order id>-<22 random characters>} (128 bits,
 * letters and digits only, so it fits a Telegram start parameter); only its SHA-256 is stored.
 */
final class BuyerLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

	private static final String ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

	private BuyerLinks() {
	}

	/** A new order ID: 10 characters without look-alikes (0/o, 1/l). */
	static String newOrderId() {
		return random(ID_ALPHABET, 10);
	}

	static String newToken(String orderId) {
		return orderId + "-" + random(ALPHABET, 22);
	}

	/** The order a token names, or an empty string for a malformed token. */
	static String orderIdOf(String token) {
		int dash = token == null ? -1 : token.indexOf('-');
		return dash > 0 ? token.substring(0, dash) : "";
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static boolean matches(String storedHash, String token) {
		return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII),
				hash(token).getBytes(StandardCharsets.US_ASCII));
	}

	private static String random(String alphabet, int length) {
		StringBuilder out = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return out.toString();
	}

}
