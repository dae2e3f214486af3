package dev.marketassist.testing;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads Bot API request parameters the ways Telegram accepts them: the URL query string,
 * {@code application/json}, {@code application/x-www-form-urlencoded} and {@code multipart/form-data}
 * (TelegramBots sends {@code setWebhook} and file uploads as multipart). Form values stay strings;
 * {@link BotApiSpec#validate} later parses the ones the spec says are objects or arrays.
 * <p>
 * An uploaded file part becomes an object {@code {"uploaded_file": true, "file_name", "mime_type", "file_size"}}.
 */
final class RequestBodies {

	private RequestBodies() {
	}

	static ObjectNode parse(String rawQuery, String contentType, byte[] body) {
		ObjectNode params = Json.object();
		if (rawQuery != null && !rawQuery.isEmpty()) {
			parseUrlEncoded(rawQuery, params);
		}
		String type = (contentType != null) ? contentType.toLowerCase(Locale.ROOT) : "";
		if (body.length == 0) {
			return params;
		}
		if (type.startsWith("multipart/form-data")) {
			parseMultipart(boundary(contentType), body, params);
		}
		else if (type.startsWith("application/x-www-form-urlencoded")) {
			parseUrlEncoded(new String(body, StandardCharsets.UTF_8), params);
		}
		else if (type.startsWith("application/json") || firstNonSpace(body) == '{') {
			parseJson(body, params);
		}
		else {
			throw BotApiException.badRequest("unsupported Content-Type \"" + contentType + "\"");
		}
		return params;
	}

	private static void parseJson(byte[] body, ObjectNode params) {
		JsonNode json;
		try {
			json = Json.parse(body);
		}
		catch (IOException ex) {
			String detail = (ex instanceof JsonProcessingException parseError) ? parseError.getOriginalMessage()
					: ex.getMessage();
			throw BotApiException.badRequest("can't parse JSON encoded request body: " + detail);
		}
		if (json == null || json.isMissingNode()) {
			return;
		}
		if (!json.isObject()) {
			throw BotApiException.badRequest("the request body must be a JSON object");
		}
		params.setAll((ObjectNode) json);
	}

	private static void parseUrlEncoded(String form, ObjectNode params) {
		for (String pair : form.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String name = URLDecoder.decode((eq < 0) ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
			String value = (eq < 0) ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
			params.put(name, value);
		}
	}

	private static String boundary(String contentType) {
		for (String part : contentType.split(";")) {
			String trimmed = part.trim();
			if (trimmed.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
				String boundary = trimmed.substring("boundary=".length());
				if (boundary.length() >= 2 && boundary.startsWith("\"") && boundary.endsWith("\"")) {
					boundary = boundary.substring(1, boundary.length() - 1);
				}
				return boundary;
			}
		}
		throw BotApiException.badRequest("multipart/form-data without a boundary");
	}

	private static void parseMultipart(String boundary, byte[] body, ObjectNode params) {
		byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
		int pos = indexOf(body, delimiter, 0);
		if (pos < 0) {
			throw BotApiException.badRequest("malformed multipart/form-data body");
		}
		while (true) {
			pos += delimiter.length;
			if (pos + 1 < body.length && body[pos] == '-' && body[pos + 1] == '-') {
				return; // closing delimiter
			}
			pos = skipLineEnd(body, pos);
			int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), pos);
			if (headersEnd < 0) {
				throw BotApiException.badRequest("malformed multipart/form-data part");
			}
			String headers = new String(body, pos, headersEnd - pos, StandardCharsets.UTF_8);
			int contentStart = headersEnd + 4;
			int next = indexOf(body, delimiter, contentStart);
			if (next < 0) {
				throw BotApiException.badRequest("malformed multipart/form-data body: no closing boundary");
			}
			int contentEnd = next;
			if (contentEnd >= 2 && body[contentEnd - 2] == '\r' && body[contentEnd - 1] == '\n') {
				contentEnd -= 2;
			}
			addPart(headers, body, contentStart, contentEnd, params);
			pos = next;
		}
	}

	private static void addPart(String headers, byte[] body, int start, int end, ObjectNode params) {
		String name = null;
		String fileName = null;
		String partType = null;
		for (String line : headers.split("\r\n")) {
			String lower = line.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-disposition:")) {
				name = attribute(line, "name");
				fileName = attribute(line, "filename");
			}
			else if (lower.startsWith("content-type:")) {
				partType = line.substring("content-type:".length()).trim();
			}
		}
		if (name == null) {
			return;
		}
		if (fileName != null) {
			ObjectNode file = params.putObject(name);
			file.put("uploaded_file", true);
			file.put("file_name", fileName);
			file.put("mime_type", (partType != null) ? partType : "application/octet-stream");
			file.put("file_size", end - start);
		}
		else {
			params.put(name, new String(body, start, end - start, StandardCharsets.UTF_8));
		}
	}

	private static String attribute(String header, String attribute) {
		for (String part : header.split(";")) {
			String trimmed = part.trim();
			if (trimmed.startsWith(attribute + "=")) {
				String value = trimmed.substring(attribute.length() + 1);
				if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
					value = value.substring(1, value.length() - 1);
				}
				return value;
			}
		}
		return null;
	}

	private static int skipLineEnd(byte[] body, int pos) {
		if (pos < body.length && body[pos] == '\r') {
			pos++;
		}
		if (pos < body.length && body[pos] == '\n') {
			pos++;
		}
		return pos;
	}

	private static int indexOf(byte[] haystack, byte[] needle, int from) {
		outer: for (int i = Math.max(from, 0); i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static int firstNonSpace(byte[] body) {
		for (byte b : body) {
			if (!Character.isWhitespace(b)) {
				return b;
			}
		}
		return -1;
	}

}
