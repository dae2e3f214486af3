package dev.marketassist.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class FieldCipherTests {

	private static final String ACCOUNT = "6222021234567890123";

	private final FieldCipher cipher = new FieldCipher(key((byte) 1));

	@Test
	void decryptsWhatItEncrypted() {
		String stored = cipher.encrypt(ACCOUNT);
		assertThat(stored).startsWith("v1:").doesNotContain(ACCOUNT);
		assertThat(cipher.decrypt(stored)).isEqualTo(ACCOUNT);
	}

	@Test
	void givesAKeyedLookupHashThatNeedsTheKey() {
		String phone = "+8613812345678";
		String hash = cipher.lookupHash(phone);
		assertThat(hash).hasSize(64).matches("[0-9a-f]+").doesNotContain("13812345678");
		assertThat(cipher.lookupHash(phone)).isEqualTo(hash);
		assertThat(cipher.lookupHash("+8613812345679")).isNotEqualTo(hash);
		assertThat(new FieldCipher(key((byte) 2)).lookupHash(phone)).isNotEqualTo(hash);
	}

	@Test
	void opensSealedPhonesAndPassesClearOnesFromBeforeThrough() {
		SealedPhones phones = new SealedPhones(cipher);
		String sealed = phones.seal("+8613812345678");
		assertThat(sealed).startsWith("v1:").doesNotContain("13812345678");
		assertThat(phones.seal(sealed)).as("sealed once").isEqualTo(sealed);
		assertThat(phones.open(sealed)).isEqualTo("+8613812345678");
		assertThat(phones.open("+8613812345678")).isEqualTo("+8613812345678");
		assertThat(phones.open(null)).isNull();
		assertThat(phones.lookupHash(sealed)).isEqualTo(phones.lookupHash("+8613812345678"));
	}

	@Test
	void roundTripsUnicodeAndEmptyText() {
		assertThat(cipher.decrypt(cipher.encrypt("开户名称 🏦"))).isEqualTo("开户名称 🏦");
		assertThat(cipher.decrypt(cipher.encrypt(""))).isEmpty();
	}

	@Test
	void storesARandomTwelveByteIvAndASixteenByteTag() {
		byte[] raw = Base64.getDecoder().decode(cipher.encrypt(ACCOUNT).substring(3));
		assertThat(raw).hasSize(12 + ACCOUNT.length() + 16);
	}

	@Test
	void encryptsTheSameTextDifferentlyEachTime() {
		String first = cipher.encrypt(ACCOUNT);
		String second = cipher.encrypt(ACCOUNT);
		assertThat(first).isNotEqualTo(second);
		assertThat(iv(first)).isNotEqualTo(iv(second));
	}

	@Test
	void detectsTampering() {
		String stored = cipher.encrypt(ACCOUNT);
		byte[] raw = Base64.getDecoder().decode(stored.substring(3));
		for (int i : new int[] { 0, 12, raw.length - 1 }) {
			byte[] changed = raw.clone();
			changed[i] ^= 0x01;
			String tampered = "v1:" + Base64.getEncoder().encodeToString(changed);
			assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt(tampered))
				.withMessageContaining("changed or encrypted with another key")
				.withMessageNotContaining(tampered.substring(3, 10));
		}
	}

	@Test
	void refusesAValueEncryptedWithAnotherKey() {
		String stored = new FieldCipher(key((byte) 2)).encrypt(ACCOUNT);
		assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt(stored))
			.withMessageNotContaining(stored.substring(3))
			.withMessageNotContaining(ACCOUNT);
	}

	@Test
	void refusesMalformedStoredValuesWithoutEchoingThem() {
		assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt(ACCOUNT))
			.withMessageNotContaining(ACCOUNT);
		assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt("v1:not base64 " + ACCOUNT))
			.withMessageNotContaining(ACCOUNT);
		assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt("v1:AAAA"))
			.withMessageContaining("too short");
		assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt(null));
	}

	@Test
	void refusesKeysThatAreNot32Bytes() {
		assertThatIllegalArgumentException().isThrownBy(() -> new FieldCipher(new byte[16]))
			.withMessageContaining("32 bytes, got 16");
		assertThatIllegalArgumentException().isThrownBy(() -> new FieldCipher(null));
	}

	@Test
	void readsABase64Key() {
		String base64 = Base64.getEncoder().encodeToString(key((byte) 1));
		assertThat(FieldCipher.fromBase64Key(" " + base64 + "\n").decrypt(cipher.encrypt(ACCOUNT))).isEqualTo(ACCOUNT);
	}

	@Test
	void refusesABadBase64KeyWithoutPrintingIt() {
		String short16 = Base64.getEncoder().encodeToString(new byte[16]);
		assertThatIllegalArgumentException().isThrownBy(() -> FieldCipher.fromBase64Key(short16))
			.withMessageContaining("exactly 32 bytes")
			.withMessageContaining("decodes to 16")
			.withMessageNotContaining(short16);
		String notBase64 = "this-is-my-secret-passphrase!!";
		assertThatIllegalArgumentException().isThrownBy(() -> FieldCipher.fromBase64Key(notBase64))
			.withMessageContaining("not valid base64")
			.withMessageNotContaining(notBase64);
		assertThatIllegalArgumentException().isThrownBy(() -> FieldCipher.fromBase64Key(" "))
			.withMessageContaining("empty");
	}

	@Test
	void doesNotKeepTheCallersKeyArray() {
		byte[] key = key((byte) 3);
		FieldCipher own = new FieldCipher(key);
		String stored = own.encrypt(ACCOUNT);
		key[0] ^= 0x7f;
		assertThat(own.decrypt(stored)).isEqualTo(ACCOUNT);
	}

	static byte[] key(byte seed) {
		byte[] key = new byte[32];
		for (int i = 0; i < key.length; i++) {
			key[i] = (byte) (seed * 31 + i);
		}
		return key;
	}

	private static byte[] iv(String stored) {
		byte[] raw = Base64.getDecoder().decode(stored.substring(3));
		return Arrays.copyOf(raw, 12);
	}

}
