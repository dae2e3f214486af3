package dev.marketassist.bot.security;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Telegram's webhook, before anything reads its body: a request without the secret token
 * ({@code X-Telegram-Bot-Api-Secret-Token}, compared in constant time) is 401 unread; a body over
 * {@value #MAX_BODY} bytes is 413, told by its Content-Length or, for a chunked body, by reading
 * no more than that. The body of an accepted request is handed on from memory.
 */
final class WebhookGate extends OncePerRequestFilter {

	static final String HEADER = "X-Telegram-Bot-Api-Secret-Token";

	/** Telegram's updates are a few kilobytes; 1 MiB leaves room for anything it sends. */
	static final int MAX_BODY = 1024 * 1024;

	private final RequestMatcher webhook;

	private final byte[] secret;

	WebhookGate(RequestMatcher webhook, String secret) {
		this.webhook = webhook;
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !webhook.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HEADER);
		if (header == null || !MessageDigest.isEqual(secret, header.getBytes(StandardCharsets.UTF_8))) {
			response.setHeader("Connection", "close");
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		if (request.getContentLengthLong() > MAX_BODY) {
			tooLarge(response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
		if (body.length > MAX_BODY) {
			tooLarge(response);
			return;
		}
		chain.doFilter(new ReadBody(request, body), response);
	}

	private static void tooLarge(HttpServletResponse response) throws IOException {
		response.setHeader("Connection", "close");
		response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
	}

	/** The request with its body already read. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("synchronous reads only");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
		}

	}

}
