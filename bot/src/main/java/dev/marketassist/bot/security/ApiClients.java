package dev.marketassist.bot.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The configured REST clients and their keys. Keys are kept only as SHA-256 digests and a
 * presented key is compared with every client's in constant time, so neither the time of an
 * answer nor a log line tells anything about a key.
 */
final class ApiClients {

	static final String LEGACY_CLIENT = "marketplace";

	static final int MIN_KEY_LENGTH = 32;

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private record Entry(ApiClient client, byte[] digest) {
	}

	private final List<Entry> entries;

	private ApiClients(List<Entry> entries) {
		this.entries = List.copyOf(entries);
	}

	/**
	 * Reads {@code MARKET_API_KEYS} and {@code MARKET_API_KEY}.
	 * @throws IllegalStateException for a malformed list, an unknown scope, a key shorter than
	 * {@value #MIN_KEY_LENGTH} characters, or a name or key used twice (the message never shows a key)
	 */
	static ApiClients parse(String keys, String legacyKey) {
		List<Entry> entries = new ArrayList<>();
		if (keys != null && !keys.isBlank()) {
			String[] clients = keys.strip().split(";");
			for (int i = 0; i < clients.length; i++) {
				entries.add(entry(clients[i].strip(), i + 1));
			}
		}
		if (legacyKey != null && !legacyKey.isBlank()) {
			requireLength(legacyKey.strip(), "MARKET_API_KEY");
			entries.add(new Entry(new ApiClient(LEGACY_CLIENT, EnumSet.allOf(ApiScope.class)), digest(legacyKey.strip())));
		}
		Set<String> names = new HashSet<>();
		Set<String> digests = new HashSet<>();
		for (Entry entry : entries) {
			if (!names.add(entry.client().name())) {
				throw new IllegalStateException("REST client '" + entry.client().name()
						+ "' is configured twice (MARKET_API_KEYS, and MARKET_API_KEY names its client '" + LEGACY_CLIENT + "')");
			}
			if (!digests.add(java.util.HexFormat.of().formatHex(entry.digest()))) {
				throw new IllegalStateException("REST client '" + entry.client().name() + "' has the key of another client: give each its own");
			}
		}
		return new ApiClients(entries);
	}

	private static Entry entry(String text, int position) {
		String where = "MARKET_API_KEYS, client " + position;
		String[] parts = text.split(":", 3);
		if (parts.length != 3) {
			throw new IllegalStateException(where + ": expected name:scope,scope:key (e.g. marketplace:orders,payments:<key>)");
		}
		String name = parts[0].strip();
		if (!NAME.matcher(name).matches()) {
			throw new IllegalStateException(where + ": the name must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' and '-'");
		}
		Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
		for (String scope : parts[1].split(",")) {
			try {
				scopes.add(ApiScope.of(scope.strip()));
			}
			catch (IllegalArgumentException unknown) {
				throw new IllegalStateException(where + " (" + name + "): " + unknown.getMessage());
			}
		}
		String key = parts[2].strip();
		requireLength(key, where + " (" + name + ")");
		return new Entry(new ApiClient(name, scopes), digest(key));
	}

	private static void requireLength(String key, String where) {
		if (key.length() < MIN_KEY_LENGTH) {
			throw new IllegalStateException(where + ": an API key must have at least " + MIN_KEY_LENGTH
					+ " characters (e.g. openssl rand -base64 32)");
		}
	}

	boolean isEmpty() {
		return entries.isEmpty();
	}

	List<ApiClient> clients() {
		return entries.stream().map(Entry::client).toList();
	}

	/** The client whose key this is; every client's digest is compared, whatever matches. */
	Optional<ApiClient> authenticate(String presented) {
		if (presented == null) {
			return Optional.empty();
		}
		byte[] digest = digest(presented);
		ApiClient found = null;
		for (Entry entry : entries) {
			if (MessageDigest.isEqual(entry.digest(), digest) && found == null) {
				found = entry.client();
			}
		}
		return Optional.ofNullable(found);
	}

	private static byte[] digest(String key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
