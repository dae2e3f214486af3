package dev.marketassist.bot.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import dev.marketassist.bot.TelegramSettings;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;

/**
 * HTTP security. Spring Security's firewall first refuses paths that are not canonical (encoded
 * or doubled slashes and dots, {@code ;} parameters, ...) with 400; the rules then match paths as
 * Spring MVC does. The REST API ({@code /api/**}) needs a client's {@code X-Api-Key} with the
 * scope of the path (401 without a known key, 403 without the scope); the controllers check the
 * scope again ({@code @PreAuthorize}). Actuator endpoints are served only on the management
 * port (which must not be the public one); the public port has the bare health status and
 * answers 404 for the rest of {@code /actuator}. Telegram's webhook is checked by
 * {@link WebhookGate} before its body is read; the sandbox is guarded by its own loopback guard.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(ApiKeySettings.class)
class HttpSecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(HttpSecurityConfiguration.class);

	@Bean
	ApiKeyAuthentication.Provider apiKeyAuthenticationProvider(ApiKeySettings settings) {
		ApiClients clients = ApiClients.parse(settings.keys(), settings.key());
		if (clients.isEmpty()) {
			log.info("REST API: no client configured (MARKET_API_KEYS, MARKET_API_KEY), every call is refused");
		}
		else {
			clients.clients().forEach(c -> log.info("REST API client '{}' with scopes {}", c.name(),
					c.scopes().stream().map(ApiScope::key).sorted().toList()));
		}
		return new ApiKeyAuthentication.Provider(clients);
	}

	@Bean
	SecurityFilterChain httpSecurity(HttpSecurity http, ApiKeyAuthentication.Provider provider, TelegramSettings telegram,
			Environment environment) throws Exception {
		if (ManagementPortType.get(environment) == ManagementPortType.SAME) {
			throw new IllegalStateException("MANAGEMENT_SERVER_PORT (management.server.port) must differ from SERVER_PORT: "
					+ "Actuator's health details and metrics are not for the public port (-1 turns them off)");
		}
		AuthenticationEntryPoint unauthorized = new DelegatingAuthenticationEntryPoint(Problems.unauthorized(provider.clients()),
				new RequestMatcherEntry<>(pathPattern("/actuator/**"), Problems.notFound()));
		AuthenticationFilter apiKeys = new AuthenticationFilter(new ProviderManager(provider),
				new ApiKeyAuthentication.Converter());
		apiKeys.setRequestMatcher(pathPattern("/api/**"));
		apiKeys.setSuccessHandler((request, response, authentication) -> {
		});
		apiKeys.setFailureHandler(new AuthenticationEntryPointFailureHandler(unauthorized));
		if (telegram.enabled() && telegram.mode() == TelegramSettings.Mode.WEBHOOK) {
			String secret = telegram.webhookSecret() == null ? "" : telegram.webhookSecret();
			http.addFilterBefore(new WebhookGate(pathPattern(HttpMethod.POST, telegram.webhookPath()), secret),
					HeaderWriterFilter.class);
		}
		return http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.addFilterBefore(apiKeys, AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(EndpointRequest.toAnyEndpoint()).permitAll()
				.requestMatchers(HttpMethod.GET, "/actuator/health").permitAll()
				.requestMatchers("/actuator", "/actuator/**").denyAll()
				.requestMatchers("/api/orders/**").hasAuthority(ApiScope.ORDERS.authority())
				.requestMatchers("/api/payments/**").hasAuthority(ApiScope.PAYMENTS.authority())
				.requestMatchers("/api/reviews/**").hasAuthority(ApiScope.REVIEWS.authority())
				.requestMatchers("/api/**").denyAll()
				// the webhook (WebhookGate), the sandbox (its LoopbackGuard), the OpenAPI description
				.anyRequest().permitAll())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler(Problems.forbidden()))
			.build();
	}

	/** Requests the firewall refuses are 400 with a short problem, never an exception page. */
	@Bean
	WebSecurityCustomizer rejectedRequests() {
		RequestRejectedHandler rejected = (request, response, exception) -> {
			log.debug("Rejected request: {}", exception.getMessage());
			Problems.write(response, HttpServletResponse.SC_BAD_REQUEST, "Bad Request",
					"The request's path or headers are not in canonical form.");
		};
		return web -> web.requestRejectedHandler(rejected);
	}

}
