package dev.marketassist.bot.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The REST API's clients ({@code market.api.*}).
 *
 * @param keys {@code MARKET_API_KEYS}: clients separated by {@code ;}, each
 * {@code name:scope,scope:key}, e.g. {@code marketplace:orders,payments:<key>;review-tool:reviews:<key>}
 * @param key {@code MARKET_API_KEY}: one client named {@value ApiClients#LEGACY_CLIENT} with every scope
 */
@ConfigurationProperties("market.api")
public record ApiKeySettings(String keys, String key) {

	/** Never the keys themselves. */
	@Override
	public String toString() {
		return "ApiKeySettings[keys=" + (keys == null || keys.isBlank() ? "(none)" : "(set)") + ", key="
				+ (key == null || key.isBlank() ? "(none)" : "(set)") + "]";
	}

}
