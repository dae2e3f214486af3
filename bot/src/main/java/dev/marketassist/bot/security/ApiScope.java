package dev.marketassist.bot.security;

import java.util.Locale;

/** What a REST client may do: report and read orders, confirm fee payments, work the review desk. */
public enum ApiScope {

	ORDERS, PAYMENTS, REVIEWS;

	/** The name in {@code MARKET_API_KEYS}: {@code orders}, {@code payments}, {@code reviews}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The Spring Security authority a client with this scope holds. */
	public String authority() {
		return "SCOPE_" + key();
	}

	static ApiScope of(String key) {
		for (ApiScope scope : values()) {
			if (scope.key().equals(key)) {
				return scope;
			}
		}
		throw new IllegalArgumentException("unknown scope '" + key + "' (known: orders, payments, reviews)");
	}

}
