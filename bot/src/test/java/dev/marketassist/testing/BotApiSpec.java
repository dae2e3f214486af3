package dev.marketassist.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Bot API method catalogue read from {@code telegram-bot-api/api.json} on the test classpath
 * (Bot API 10.1, see {@code SOURCES.md} next to it), loaded once, on first use.
 * <p>
 * It knows every method's parameters with their types and whether they are required, normalises
 * parameters that arrive as JSON strings (form and multipart bodies), and refuses a request whose
 * parameters are missing or whose JSON types clearly contradict the spec.
 */
final class BotApiSpec {

	private static final String RESOURCE = "/telegram-bot-api/api.json";

	private static final Pattern INTEGER = Pattern.compile("-?\\d{1,19}");

	private static final Pattern FLOAT = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

	private static final Set<String> BOOLEAN_TEXTS = Set.of("true", "false", "1", "0");

	private static final Set<String> SCALARS = Set.of("Integer", "String", "Boolean", "Float", "InputFile");

	/** A parameter of a method: its name, its types (one of them must match) and whether it is required. */
	record Param(String name, List<String> types, boolean required) {

		/** Whether a value may be an object or an array (such values arrive as JSON strings in forms). */
		boolean structured() {
			return this.types.stream().anyMatch((type) -> !SCALARS.contains(type));
		}

	}

	/** A Bot API method: its name as documented (camel case), parameters and return types. */
	record Method(String name, Map<String, Param> params, List<String> returns) {

		boolean returnsBoolean() {
			return this.returns.equals(List.of("Boolean"));
		}

	}

	private BotApiSpec() {
	}

	/** The method whose name equals {@code name} ignoring case (TelegramBots sends lower case). */
	static Optional<Method> method(String name) {
		return Optional.ofNullable(Holder.METHODS.get(name.toLowerCase(Locale.ROOT)));
	}

	/** The spec's version, e.g. {@code "Bot API 10.1"}. */
	static String version() {
		return Holder.VERSION;
	}

	/**
	 * Normalises {@code params} in place (object and array parameters sent as JSON text are parsed;
	 * JSON nulls are removed, as Telegram treats them as absent) and checks them against the spec.
	 * @throws BotApiException 400 for a missing required parameter or a type mismatch
	 */
	static void validate(Method method, ObjectNode params) {
		List<String> nulls = new ArrayList<>();
		for (var field : params.properties()) {
			if (field.getValue().isNull()) {
				nulls.add(field.getKey());
			}
		}
		params.remove(nulls);
		for (Param param : method.params().values()) {
			JsonNode value = params.get(param.name());
			if (value == null) {
				if (param.required()) {
					throw BotApiException.badRequest(emptyMessage(param.name()));
				}
				continue;
			}
			if (param.structured() && value.isTextual()) {
				String text = value.asText().trim();
				if (text.startsWith("{") || text.startsWith("[")) {
					try {
						value = Json.parse(text);
						params.set(param.name(), value);
					}
					catch (JsonProcessingException ex) {
						throw BotApiException.badRequest("can't parse " + describe(param.name()) + " JSON object");
					}
				}
			}
			JsonNode checked = value;
			if (param.types().stream().noneMatch((type) -> matches(type, checked))) {
				throw BotApiException.badRequest("parameter \"" + param.name() + "\" must be of type "
						+ String.join(" or ", param.types()) + ", but it is "
						+ checked.getNodeType().name().toLowerCase(Locale.ROOT));
			}
		}
	}

	/** Telegram's wording for a missing parameter: "chat_id is empty", "message text is empty". */
	static String emptyMessage(String param) {
		return switch (param) {
			case "text" -> "message text is empty";
			default -> param + " is empty";
		};
	}

	private static String describe(String param) {
		return "reply_markup".equals(param) ? "reply keyboard markup" : param;
	}

	static boolean matches(String type, JsonNode value) {
		if (type.startsWith("Array of ")) {
			if (!value.isArray()) {
				return false;
			}
			String element = type.substring("Array of ".length());
			for (JsonNode item : value) {
				if (!matches(element, item)) {
					return false;
				}
			}
			return true;
		}
		return switch (type) {
			case "Integer" -> value.isIntegralNumber() || (value.isTextual() && INTEGER.matcher(value.asText().trim()).matches());
			case "Float" -> value.isNumber() || (value.isTextual() && FLOAT.matcher(value.asText().trim()).matches());
			case "Boolean" -> value.isBoolean() || (value.isNumber() && (value.asInt() == 0 || value.asInt() == 1))
					|| (value.isTextual() && BOOLEAN_TEXTS.contains(value.asText().trim().toLowerCase(Locale.ROOT)));
			case "String" -> value.isValueNode();
			case "InputFile" -> value.isTextual() || value.isObject();
			// an object type of the API (InlineKeyboardMarkup, BotCommandScope, ReplyParameters, ...)
			default -> value.isObject();
		};
	}

	private static final class Holder {

		private static final Map<String, Method> METHODS = new HashMap<>();

		private static final String VERSION;

		static {
			try (InputStream in = BotApiSpec.class.getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException("Missing test resource " + RESOURCE);
				}
				JsonNode root = Json.MAPPER.readTree(in);
				VERSION = root.path("version").asText();
				root.path("methods").forEach((method) -> {
					Map<String, Param> params = new java.util.LinkedHashMap<>();
					method.path("fields").forEach((field) -> {
						List<String> types = new ArrayList<>();
						field.path("types").forEach((type) -> types.add(type.asText()));
						params.put(field.path("name").asText(),
								new Param(field.path("name").asText(), List.copyOf(types), field.path("required").asBoolean()));
					});
					List<String> returns = new ArrayList<>();
					method.path("returns").forEach((type) -> returns.add(type.asText()));
					String name = method.path("name").asText();
					METHODS.put(name.toLowerCase(Locale.ROOT), new Method(name, Map.copyOf(params), List.copyOf(returns)));
				});
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
