package dev.marketassist.bot.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a socket, so a request line goes out exactly as written ({@code /%61pi},
 * {@code //api}, {@code /./api}: HTTP clients would normalise or refuse them).
 */
final class RawHttp {

	record Response(int status, String head, String body) {
	}

	private RawHttp() {
	}

	static Response send(int port, String method, String target, String headers, String body) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
			String request = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n"
					+ (body == null ? "" : "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n")
					+ (headers == null || headers.isEmpty() ? "" : headers + "\r\n") + "\r\n";
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.US_ASCII));
			out.write(content);
			out.flush();
			byte[] response = socket.getInputStream().readAllBytes();
			int split = indexOf(response, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
			String head = new String(response, 0, split < 0 ? response.length : split, StandardCharsets.ISO_8859_1);
			byte[] rest = split < 0 ? new byte[0] : java.util.Arrays.copyOfRange(response, split + 4, response.length);
			int status = Integer.parseInt(head.substring(9, 12));
			byte[] content2 = head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked") ? unchunk(rest) : rest;
			return new Response(status, head, new String(content2, StandardCharsets.UTF_8));
		}
	}

	private static byte[] unchunk(byte[] chunked) {
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
		int at = 0;
		while (at < chunked.length) {
			int end = indexOf(chunked, crlf, at);
			if (end < 0) {
				break;
			}
			int size = Integer.parseInt(new String(chunked, at, end - at, StandardCharsets.US_ASCII).strip(), 16);
			if (size == 0) {
				break;
			}
			body.write(chunked, end + 2, Math.min(size, chunked.length - end - 2));
			at = end + 2 + size + 2;
		}
		return body.toByteArray();
	}

	private static int indexOf(byte[] data, byte[] part, int from) {
		for (int i = from; i <= data.length - part.length; i++) {
			if (java.util.Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
				return i;
			}
		}
		return -1;
	}

}
