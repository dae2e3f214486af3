package dev.marketassist.bot.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** Reading {@code MARKET_API_KEYS} and {@code MARKET_API_KEY}: what is accepted, what stops the start, and why. */
class ApiClientsTests {

	static final String KEY_A = "a".repeat(31) + "1";

	static final String KEY_B = "b".repeat(40);

	@Test
	void readsClientsWithTheirScopesAndKnowsThemByTheirKeys() {
		ApiClients clients = ApiClients.parse(" marketplace:orders,payments:" + KEY_A + " ; review-tool:reviews:" + KEY_B + ";", null);
		assertThat(clients.clients()).containsExactly(new ApiClient("marketplace", Set.of(ApiScope.ORDERS, ApiScope.PAYMENTS)),
				new ApiClient("review-tool", Set.of(ApiScope.REVIEWS)));
		assertThat(clients.authenticate(KEY_A)).map(ApiClient::name).hasValue("marketplace");
		assertThat(clients.authenticate(KEY_B)).map(ApiClient::name).hasValue("review-tool");
		assertThat(clients.authenticate(KEY_A + "x")).isEmpty();
		assertThat(clients.authenticate(KEY_A.substring(1))).isEmpty();
		assertThat(clients.authenticate("")).isEmpty();
		assertThat(clients.authenticate(null)).isEmpty();
	}

	@Test
	void theLegacyKeyIsOneClientWithEveryScope() {
		ApiClients clients = ApiClients.parse("", KEY_A);
		assertThat(clients.authenticate(KEY_A)).hasValue(new ApiClient("marketplace", Set.of(ApiScope.values())));
		assertThat(ApiClients.parse("review-tool:reviews:" + KEY_B, KEY_A).clients()).extracting(ApiClient::name)
			.containsExactly("review-tool", "marketplace");
	}

	@Test
	void noKeysNoClients() {
		assertThat(ApiClients.parse(null, null).isEmpty()).isTrue();
		assertThat(ApiClients.parse("  ", "").isEmpty()).isTrue();
		assertThat(ApiClients.parse(null, null).authenticate("anything")).isEmpty();
	}

	@Test
	void aKeyShorterThan32CharactersStopsTheStartWithoutShowingIt() {
		String shortKey = "s3cret-but-short-31-characters!";
		assertThat(shortKey).hasSize(31);
		assertThatIllegalStateException().isThrownBy(() -> ApiClients.parse(null, shortKey))
			.withMessageContaining("MARKET_API_KEY")
			.withMessageContaining("at least 32 characters")
			.withMessageNotContaining(shortKey);
		assertThatIllegalStateException().isThrownBy(() -> ApiClients.parse("tool:reviews:" + shortKey, null))
			.withMessageContaining("MARKET_API_KEYS, client 1 (tool)")
			.withMessageNotContaining(shortKey);
	}

	@Test
	void aMalformedListStopsTheStartWithoutShowingAKey() {
		assertThatIllegalStateException().isThrownBy(() -> ApiClients.parse("marketplace:" + KEY_A, null))
			.withMessageContaining("expected name:scope,scope:key")
			.withMessageNotContaining(KEY_A);
		assertThatIllegalStateException().isThrownBy(() -> ApiClients.parse("marketplace:orders,refunds:" + KEY_A, null))
			.withMessageContaining("unknown scope 'refunds'")
			.withMessageNotContaining(KEY_A);
		assertThatIllegalStateException().isThrownBy(() -> ApiClients.parse("market place:orders:" + KEY_A, null))
			.withMessageContaining("the name must be");
		assertThatIllegalStateException().isThrownBy(() -> ApiClients.parse("a:orders:" + KEY_A + ";a:reviews:" + KEY_B, null))
			.withMessageContaining("'a' is configured twice");
		assertThatIllegalStateException().isThrownBy(() -> ApiClients.parse("a:orders:" + KEY_A + ";b:reviews:" + KEY_A, null))
			.withMessageContaining("has the key of another client")
			.withMessageNotContaining(KEY_A);
		assertThatIllegalStateException().isThrownBy(() -> ApiClients.parse("marketplace:reviews:" + KEY_B, KEY_A))
			.withMessageContaining("'marketplace' is configured twice");
	}

}
