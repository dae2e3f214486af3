package dev.marketassist.bot.security;

import java.util.Set;

/**
 * A system allowed to call the REST API: the marketplace, the payment gateway, a reviewers' tool.
 * Its {@code name} is what the application records as the actor of the changes it asks for.
 */
public record ApiClient(String name, Set<ApiScope> scopes) {

	public ApiClient {
		scopes = Set.copyOf(scopes);
	}

	@Override
	public String toString() {
		return name;
	}

}
