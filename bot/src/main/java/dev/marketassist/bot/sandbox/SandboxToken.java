package dev.marketassist.bot.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseCookie;

/**
 * The sandbox's secret of this run, made at start and shown in the log with the page's link
 * ({@code ?token=}): opening the link sets it as a same-site, script-proof cookie that the page's
 * requests then carry; tools may send it as {@value #HEADER}. Another local user, or a page of
 * another site, does not know it.
 */
public final class SandboxToken {

	public static final String PARAMETER = "token";

	public static final String HEADER = "X-Sandbox-Token";

	static final String COOKIE = "sandbox_token";

	private final String value;

	SandboxToken() {
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		this.value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	/** The token, for the link in the log and for tests. */
	public String value() {
		return value;
	}

	/** Whether the request carries the token: as {@code ?token=}, the cookie or the header. */
	boolean presentIn(HttpServletRequest request) {
		return fromParameter(request) || matches(request.getHeader(HEADER)) || matches(cookie(request));
	}

	/** Whether the token came as the link's parameter (then the cookie is set). */
	boolean fromParameter(HttpServletRequest request) {
		return matches(request.getParameter(PARAMETER));
	}

	String cookieHeader() {
		return ResponseCookie.from(COOKIE, value).httpOnly(true).sameSite("Strict").path("/").build().toString();
	}

	private static String cookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName())) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}

	private boolean matches(String given) {
		return given != null
				&& MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
	}

}
