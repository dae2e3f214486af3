package dev.marketassist.bot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Encryption of sensitive values at rest ({@code market.encryption.*}).
 *
 * @param key the base64 256-bit key ({@code MARKET_ENCRYPTION_KEY}); empty: generated into the
 * embedded server's data folder, refused with {@code MONGODB_URI}
 */
@ConfigurationProperties("market.encryption")
public record EncryptionSettings(String key) {

	public EncryptionSettings {
		key = key == null ? "" : key.strip();
	}

	/** Whether a key is configured. */
	public boolean configured() {
		return !key.isEmpty();
	}

	/** Never the key itself. */
	@Override
	public String toString() {
		return "EncryptionSettings[key=" + (configured() ? "(set)" : "(none)") + "]";
	}

}
