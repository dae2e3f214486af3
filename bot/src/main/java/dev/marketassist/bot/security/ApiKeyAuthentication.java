package dev.marketassist.bot.security;

import java.util.Collection;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * An {@code X-Api-Key} presented by a REST client: unauthenticated as read from the request,
 * authenticated (with the client as principal and its scopes as authorities) once
 * {@link Provider} found its client. The key itself is dropped as soon as it is checked.
 */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

	static final String HEADER = "X-Api-Key";

	private final ApiClient client;

	private transient String key;

	private ApiKeyAuthentication(String key) {
		super((Collection<? extends GrantedAuthority>) null);
		this.client = null;
		this.key = key;
	}

	private ApiKeyAuthentication(ApiClient client) {
		super(authorities(client));
		this.client = client;
		setAuthenticated(true);
	}

	private static List<GrantedAuthority> authorities(ApiClient client) {
		return client.scopes().stream().map(s -> (GrantedAuthority) new SimpleGrantedAuthority(s.authority())).toList();
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return client;
	}

	@Override
	public String getName() {
		return client == null ? "" : client.name();
	}

	/** Reads the header; no header: no authentication attempt (the request stays anonymous). */
	static final class Converter implements AuthenticationConverter {

		@Override
		public Authentication convert(HttpServletRequest request) {
			String key = request.getHeader(HEADER);
			return key == null ? null : new ApiKeyAuthentication(key);
		}

	}

	/** Finds the client of a presented key among {@link ApiClients}. */
	static final class Provider implements AuthenticationProvider {

		private final ApiClients clients;

		Provider(ApiClients clients) {
			this.clients = clients;
		}

		ApiClients clients() {
			return clients;
		}

		@Override
		public Authentication authenticate(Authentication authentication) {
			ApiKeyAuthentication presented = (ApiKeyAuthentication) authentication;
			String key = presented.key;
			presented.key = null;
			return clients.authenticate(key)
				.map(ApiKeyAuthentication::new)
				.orElseThrow(() -> new BadCredentialsException("Missing or wrong X-Api-Key."));
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return ApiKeyAuthentication.class.isAssignableFrom(authentication);
		}

	}

}
