package dev.marketassist.bot.sandbox;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Keeps the sandbox to this machine: unless remote use is allowed, a request whose connection
 * does not come from a loopback address (the socket's address; forwarding headers are not
 * trusted) or that names another host (a DNS-rebinding page) is refused with 403. Requests that
 * change anything must carry the {@value #HEADER} header, which a page of another site cannot
 * send without the browser asking first (and the sandbox never agrees).
 */
final class LoopbackGuard implements HandlerInterceptor {

	static final String HEADER = "X-Sandbox-Request";

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private final boolean allowRemote;

	LoopbackGuard(boolean allowRemote) {
		this.allowRemote = allowRemote;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
		if (!(handler instanceof HandlerMethod method)
				|| !method.getBeanType().getPackageName().equals(LoopbackGuard.class.getPackageName())) {
			return true;
		}
		boolean local = isLoopback(request.getRemoteAddr()) && isLoopbackHost(request.getServerName());
		boolean safe = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		if ((allowRemote || local) && (safe || "1".equals(request.getHeader(HEADER)))) {
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("Referrer-Policy", "no-referrer");
			return true;
		}
		response.sendError(HttpServletResponse.SC_FORBIDDEN,
				local || allowRemote ? "Missing " + HEADER : "The sandbox answers this machine only (market.sandbox.allow-remote)");
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
