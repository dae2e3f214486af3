package dev.marketassist.testing;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Jackson 2 helpers shared by the stand-in Bot API (Telegram DTOs in TelegramBots use Jackson 2 too). */
final class Json {

	static final ObjectMapper MAPPER = new ObjectMapper();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private Json() {
	}

	static ObjectNode object() {
		return NODES.objectNode();
	}

	static ArrayNode array() {
		return NODES.arrayNode();
	}

	static JsonNode parse(String json) throws JsonProcessingException {
		return MAPPER.readTree(json);
	}

	static JsonNode parse(byte[] json) throws IOException {
		return MAPPER.readTree(json);
	}

	static String write(JsonNode node) {
		try {
			return MAPPER.writeValueAsString(node);
		}
		catch (JsonProcessingException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The node's text if it is a value node (string, number, boolean), {@code null} if absent or JSON null. */
	static String text(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return null;
		}
		return node.isValueNode() ? node.asText() : node.toString();
	}

	/** Whether the parameter is absent: missing, JSON null. */
	static boolean absent(JsonNode node) {
		return node == null || node.isNull() || node.isMissingNode();
	}

}
