package dev.marketassist.bot.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** The security chain's refusals as RFC 9457 problem details (fixed texts, never an exception's). */
final class Problems {

	private Problems() {
	}

	/** 401: no client; the detail says whether the API has any client at all. */
	static AuthenticationEntryPoint unauthorized(ApiClients clients) {
		String detail = clients.isEmpty() ? "The REST API is disabled: set MARKET_API_KEYS (or MARKET_API_KEY)."
				: "Missing or wrong " + ApiKeyAuthentication.HEADER + ".";
		return (request, response, exception) -> {
			response.setHeader("WWW-Authenticate", "ApiKey header=\"" + ApiKeyAuthentication.HEADER + "\"");
			write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
		};
	}

	/** 404: what this port does not serve (Actuator's endpoints other than the bare health status). */
	static AuthenticationEntryPoint notFound() {
		return (request, response, exception) -> write(response, HttpServletResponse.SC_NOT_FOUND, "Not Found",
				"Not served on this port.");
	}

	/** 403: a known client without the scope this path needs. */
	static AccessDeniedHandler forbidden() {
		return (request, response, denied) -> write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
				"This client's key does not have the scope this call needs (orders, payments or reviews).");
	}

	static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
	}

}
