package dev.marketassist.core.crypto;

/**
 * Phone numbers at rest: sealed with the {@link FieldCipher} (AES-256-GCM), with a keyed hash
 * beside them where a lookup needs one. Documents written before phones were sealed still hold
 * them in clear: {@link #open} reads both, and the next save seals them (a lazy migration).
 */
public final class SealedPhones {

	private final FieldCipher cipher;

	public SealedPhones(FieldCipher cipher) {
		this.cipher = cipher;
	}

	/** The stored form of a phone number ({@code null} and already sealed values stay as they are). */
	public String seal(String clear) {
		if (clear == null || clear.isEmpty() || isSealed(clear)) {
			return clear;
		}
		return cipher.encrypt(clear);
	}

	/** The phone number of a stored value, sealed or (written before sealing) clear. */
	public String open(String stored) {
		return isSealed(stored) ? cipher.decrypt(stored) : stored;
	}

	/** The keyed hash to look a phone number up by, or {@code null}. */
	public String lookupHash(String clear) {
		return clear == null || clear.isEmpty() ? null : cipher.lookupHash(open(clear));
	}

	public static boolean isSealed(String stored) {
		return stored != null && stored.startsWith(FieldCipher.PREFIX);
	}

}
