package dev.marketassist.bot.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the REST API ({@code /api/**}): every call must carry {@code X-Api-Key} equal to
 * {@code MARKET_API_KEY}. Without a configured key the API refuses every call.
 */
@Component
class ApiKeyFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Api-Key";

	private final byte[] key;

	ApiKeyFilter(@Value("${market.api-key:}") String key) {
		this.key = key.isBlank() ? null : key.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String given = request.getHeader(HEADER);
		if (key == null) {
			refuse(response, "The REST API is disabled: set MARKET_API_KEY.");
			return;
		}
		if (given == null || !MessageDigest.isEqual(key, given.getBytes(StandardCharsets.UTF_8))) {
			refuse(response, "Missing or wrong X-Api-Key.");
			return;
		}
		chain.doFilter(request, response);
	}

	private static void refuse(HttpServletResponse response, String detail) throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setContentType("application/problem+json");
		response.getWriter().write("{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"" + detail + "\"}");
	}

}
