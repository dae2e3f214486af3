package dev.marketassist.bot.sandbox;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Keeps the sandbox to this machine: unless remote use is allowed, a request whose connection
 * does not come from a loopback address (the socket's address; forwarding headers are not
 * trusted) or that names another host (a DNS-rebinding page) is refused with 403. A request that
 * came through a proxy ({@code Forwarded}, {@code X-Forwarded-*}: behind a proxy on this machine,
 * every client would look local) is refused, as is one without the run's {@link SandboxToken}.
 * Requests that change anything must carry the {@value #HEADER} header, which a page of another
 * site cannot send without the browser asking first (and the sandbox never agrees).
 */
final class LoopbackGuard implements HandlerInterceptor {

	static final String HEADER = "X-Sandbox-Request";

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private final boolean allowRemote;

	private final SandboxToken token;

	LoopbackGuard(boolean allowRemote, SandboxToken token) {
		this.allowRemote = allowRemote;
		this.token = token;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
		if (!(handler instanceof HandlerMethod method)
				|| !method.getBeanType().getPackageName().equals(LoopbackGuard.class.getPackageName())) {
			return true;
		}
		boolean local = isLoopback(request.getRemoteAddr()) && isLoopbackHost(request.getServerName());
		boolean safe = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		String refusal = !allowRemote && !local ? "The sandbox answers this machine only (market.sandbox.allow-remote)."
				: proxied(request) ? "The sandbox is not served through a proxy."
						: !token.presentIn(request) ? "Open the sandbox with the link in the application's log (?token=...)."
								: !safe && !"1".equals(request.getHeader(HEADER)) ? "Missing " + HEADER + "." : null;
		if (refusal != null) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter().write(refusal);
			return false;
		}
		if (token.fromParameter(request)) {
			response.addHeader("Set-Cookie", token.cookieHeader());
		}
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "no-referrer");
		return true;
	}

	private static boolean proxied(HttpServletRequest request) {
		for (String name : Collections.list(request.getHeaderNames())) {
			String lower = name.toLowerCase(Locale.ROOT);
			if (lower.equals("forwarded") || lower.startsWith("x-forwarded-")) {
				return true;
			}
		}
		return false;
	}

	/** Whether an IP address literal is a loopback address; never resolves a name. */
	static boolean isLoopback(String address) {
		if (address == null) {
			return false;
		}
		String literal = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
		if (!IPV4.matcher(literal).matches() && !literal.contains(":")) {
			return false;
		}
		try {
			return InetAddress.getByName(literal).isLoopbackAddress();
		}
		catch (UnknownHostException | SecurityException ex) {
			return false;
		}
	}

	private static boolean isLoopbackHost(String host) {
		return host != null && (host.equalsIgnoreCase("localhost") || isLoopback(host));
	}

}
