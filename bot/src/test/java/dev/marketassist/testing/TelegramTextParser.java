package dev.marketassist.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns a message text with a {@code parse_mode} into plain text plus {@code MessageEntity} objects,
 * refusing malformed input with Telegram's own error descriptions ({@code "can't parse entities: ..."}).
 * <p>
 * The HTML and MarkdownV2 rules follow Telegram's parser (tdlib {@code MessageEntity.cpp}):
 * <ul>
 * <li>HTML: tags {@code b strong i em u ins s strike del span(class="tg-spoiler") tg-spoiler a(href) code pre
 * blockquote(expandable) tg-emoji(emoji-id)}; entities {@code &lt; &gt; &amp; &quot; &#NNN; &#xHH;} (the
 * semicolon is optional, as in Telegram). A {@code <} that does not start a supported tag is refused.
 * <b>Stricter than Telegram:</b> a {@code &} that does not start one of those entities is refused too
 * (Telegram keeps it as text), so that user text sent without escaping fails the test that sends it; turn
 * this off with {@code strictAmpersand = false}.</li>
 * <li>MarkdownV2: {@code *bold* _italic_ __underline__ ~strike~ ||spoiler|| `code` ```pre``` [text](url)
 * ![emoji](tg://emoji?id=N)} and {@code >} blockquote lines; every other reserved character
 * {@code _*[]()~`>#+-=|{}.!} must be escaped with {@code \}. Expandable blockquotes are not supported.</li>
 * <li>Markdown (legacy): {@code *bold* _italic_ `code` ```pre``` [text](url)}.</li>
 * </ul>
 * Offsets and lengths of entities are in UTF-16 code units, as in the Bot API. Byte offsets in error
 * messages are UTF-8 byte offsets into the original text, as Telegram reports them.
 */
final class TelegramTextParser {

	/** The parsed text (markup removed, entities decoded, surrounding white space trimmed) and its entities. */
	record Parsed(String text, ArrayNode entities) {

		/** Length in UTF-16 code units, the unit of Telegram's 4096 limit. */
		int length() {
			return this.text.length();
		}

	}

	private static final Set<String> HTML_TAGS = Set.of("a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins",
			"tg-spoiler", "tg-emoji", "span", "pre", "code", "blockquote");

	private TelegramTextParser() {
	}

	/**
	 * Parses {@code text} according to {@code parseMode} ({@code HTML}, {@code MarkdownV2}, {@code Markdown},
	 * case-insensitive), or takes {@code explicitEntities} as they are when there is no parse mode.
	 * @throws BotApiException 400 {@code "can't parse entities: ..."} or {@code "unsupported parse_mode"}
	 */
	static Parsed parse(String text, String parseMode, JsonNode explicitEntities, boolean strictAmpersand) {
		Parsed parsed;
		if (parseMode == null || parseMode.isEmpty()) {
			ArrayNode entities = Json.array();
			if (explicitEntities != null && explicitEntities.isArray()) {
				explicitEntities.forEach((entity) -> entities.add(entity.deepCopy()));
			}
			parsed = new Parsed(text, entities);
		}
		else {
			parsed = switch (parseMode.toLowerCase(Locale.ROOT)) {
				case "html" -> html(text, strictAmpersand);
				case "markdownv2" -> TelegramMarkdownParser.markdownV2(text);
				case "markdown" -> TelegramMarkdownParser.markdown(text);
				default -> throw BotApiException.badRequest("unsupported parse_mode");
			};
		}
		return trim(parsed);
	}

	// ------------------------------------------------------------------ HTML

	static Parsed html(String s, boolean strictAmpersand) {
		StringBuilder out = new StringBuilder();
		List<Entity> entities = new ArrayList<>();
		List<OpenTag> open = new ArrayList<>();
		int n = s.length();
		int i = 0;
		while (i < n) {
			char c = s.charAt(i);
			if (c == '&') {
				int[] decoded = decodeHtmlEntity(s, i);
				if (decoded != null) {
					out.appendCodePoint(decoded[0]);
					i = decoded[1];
					continue;
				}
				if (strictAmpersand) {
					throw cantParse("Character '&' at byte offset " + byteOffset(s, i)
							+ " must be escaped as \"&amp;\" (Telegram itself would keep a bare '&'; the stand-in refuses it"
							+ " to catch unescaped text)");
				}
				out.append(c);
				i++;
				continue;
			}
			if (c != '<') {
				out.append(c);
				i++;
				continue;
			}
			int begin = i++;
			if (i >= n) {
				throw cantParse("Unclosed start tag at byte offset " + byteOffset(s, begin));
			}
			if (s.charAt(i) != '/') {
				i = htmlStartTag(s, begin, i, out, open);
			}
			else {
				i = htmlEndTag(s, begin, i + 1, out, open, entities);
			}
		}
		if (!open.isEmpty()) {
			throw cantParse("Can't find end tag corresponding to start tag \"" + open.get(open.size() - 1).tag + "\"");
		}
		return new Parsed(out.toString(), toJson(entities));
	}

	private static int htmlStartTag(String s, int begin, int i, StringBuilder out, List<OpenTag> open) {
		int n = s.length();
		int nameStart = i;
		while (i < n && !isSpace(s.charAt(i)) && s.charAt(i) != '>') {
			i++;
		}
		if (i >= n) {
			throw cantParse("Unclosed start tag at byte offset " + byteOffset(s, begin));
		}
		String tag = s.substring(nameStart, i).toLowerCase(Locale.ROOT);
		if (!HTML_TAGS.contains(tag)) {
			throw cantParse("Unsupported start tag \"" + tag + "\" at byte offset " + byteOffset(s, begin));
		}
		String argument = "";
		boolean expandable = false;
		while (true) {
			while (i < n && isSpace(s.charAt(i))) {
				i++;
			}
			if (i >= n) {
				throw cantParse("Unclosed start tag \"" + tag + "\" at byte offset " + byteOffset(s, begin));
			}
			if (s.charAt(i) == '>') {
				break;
			}
			int attributeStart = i;
			while (i < n && !isSpace(s.charAt(i)) && s.charAt(i) != '=' && s.charAt(i) != '>') {
				i++;
			}
			String attribute = s.substring(attributeStart, i).toLowerCase(Locale.ROOT);
			if (attribute.isEmpty()) {
				throw cantParse("Empty attribute name in the tag \"" + tag + "\" at byte offset " + byteOffset(s, begin));
			}
			while (i < n && isSpace(s.charAt(i))) {
				i++;
			}
			if (i >= n) {
				throw cantParse("Unclosed start tag \"" + tag + "\" at byte offset " + byteOffset(s, begin));
			}
			if (s.charAt(i) != '=') {
				if (tag.equals("blockquote") && attribute.equals("expandable")) {
					expandable = true;
					continue;
				}
				throw cantParse("Expected equal sign in declaration of an attribute of the tag \"" + tag
						+ "\" at byte offset " + byteOffset(s, begin));
			}
			i++;
			while (i < n && isSpace(s.charAt(i))) {
				i++;
			}
			if (i >= n) {
				throw cantParse("Unclosed start tag \"" + tag + "\" at byte offset " + byteOffset(s, begin));
			}
			String value;
			char quote = s.charAt(i);
			if (quote != '"' && quote != '\'') {
				int tokenStart = i;
				while (i < n && (isAsciiLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '-')) {
					i++;
				}
				value = s.substring(tokenStart, i).toLowerCase(Locale.ROOT);
				if (i >= n) {
					throw cantParse("Unclosed start tag \"" + tag + "\" at byte offset " + byteOffset(s, begin));
				}
				if (!isSpace(s.charAt(i)) && s.charAt(i) != '>') {
					throw cantParse("Unexpected end of name token at byte offset " + byteOffset(s, tokenStart));
				}
			}
			else {
				i++;
				StringBuilder literal = new StringBuilder();
				while (i < n && s.charAt(i) != quote) {
					if (s.charAt(i) == '&') {
						int[] decoded = decodeHtmlEntity(s, i);
						if (decoded != null) {
							literal.appendCodePoint(decoded[0]);
							i = decoded[1];
							continue;
						}
					}
					literal.append(s.charAt(i++));
				}
				if (i >= n) {
					throw cantParse("Unclosed start tag at byte offset " + byteOffset(s, begin));
				}
				i++;
				value = literal.toString();
			}
			if (tag.equals("a") && attribute.equals("href")) {
				argument = value;
			}
			else if (tag.equals("code") && attribute.equals("class") && value.startsWith("language-")) {
				argument = value.substring("language-".length());
			}
			else if (tag.equals("span") && attribute.equals("class") && value.startsWith("tg-")) {
				argument = value.substring("tg-".length());
			}
			else if (tag.equals("tg-emoji") && attribute.equals("emoji-id")) {
				argument = value;
			}
		}
		if (tag.equals("span") && !argument.equals("spoiler")) {
			throw cantParse("Tag \"span\" must have class \"tg-spoiler\" at byte offset " + byteOffset(s, begin));
		}
		if (tag.equals("tg-emoji") && !argument.matches("\\d{1,19}")) {
			throw cantParse("Invalid custom emoji identifier specified");
		}
		open.add(new OpenTag(tag, argument, expandable, out.length()));
		return i + 1;
	}

	private static int htmlEndTag(String s, int begin, int i, StringBuilder out, List<OpenTag> open, List<Entity> entities) {
		int n = s.length();
		if (open.isEmpty()) {
			throw cantParse("Unexpected end tag at byte offset " + byteOffset(s, begin));
		}
		int nameStart = i;
		while (i < n && !isSpace(s.charAt(i)) && s.charAt(i) != '>') {
			i++;
		}
		String endTag = s.substring(nameStart, i).toLowerCase(Locale.ROOT);
		while (i < n && isSpace(s.charAt(i))) {
			i++;
		}
		if (i >= n || s.charAt(i) != '>') {
			throw cantParse("Unclosed end tag at byte offset " + byteOffset(s, begin));
		}
		OpenTag tag = open.remove(open.size() - 1);
		if (!endTag.isEmpty() && !endTag.equals(tag.tag)) {
			throw cantParse("Unmatched end tag at byte offset " + byteOffset(s, begin) + ", expected \"</" + tag.tag
					+ ">\", found \"</" + endTag + ">\"");
		}
		int length = out.length() - tag.offset;
		if (length > 0) {
			addHtmlEntity(tag, length, out, entities);
		}
		return i + 1;
	}

	private static void addHtmlEntity(OpenTag tag, int length, StringBuilder out, List<Entity> entities) {
		int offset = tag.offset;
		switch (tag.tag) {
			case "b", "strong" -> entities.add(new Entity("bold", offset, length, null, null));
			case "i", "em" -> entities.add(new Entity("italic", offset, length, null, null));
			case "u", "ins" -> entities.add(new Entity("underline", offset, length, null, null));
			case "s", "strike", "del" -> entities.add(new Entity("strikethrough", offset, length, null, null));
			case "tg-spoiler", "span" -> entities.add(new Entity("spoiler", offset, length, null, null));
			case "tg-emoji" -> entities.add(new Entity("custom_emoji", offset, length, "custom_emoji_id", tag.argument));
			case "blockquote" -> entities.add(
					new Entity(tag.expandable ? "expandable_blockquote" : "blockquote", offset, length, null, null));
			case "a" -> {
				String url = tag.argument.isEmpty() ? out.substring(offset) : tag.argument;
				entities.add(new Entity("text_link", offset, length, "url", url));
			}
			case "code" -> entities.add(
					new Entity("code", offset, length, "language", tag.argument.isEmpty() ? null : tag.argument));
			case "pre" -> {
				Entity last = entities.isEmpty() ? null : entities.get(entities.size() - 1);
				if (last != null && last.type.equals("code") && last.offset == offset && last.length == length) {
					entities.remove(entities.size() - 1);
					entities.add(new Entity("pre", offset, length, "language", last.argument));
				}
				else {
					entities.add(new Entity("pre", offset, length, null, null));
				}
			}
			default -> throw new IllegalStateException(tag.tag);
		}
	}

	/** Decodes {@code &name;} or {@code &#N;} at {@code i}: {@code {codePoint, indexAfter}} or {@code null}. */
	private static int[] decodeHtmlEntity(String s, int i) {
		int n = s.length();
		int j = i + 1;
		int codePoint = 0;
		if (j < n && s.charAt(j) == '#') {
			j++;
			boolean hex = j < n && (s.charAt(j) == 'x' || s.charAt(j) == 'X');
			if (hex) {
				j++;
			}
			int digitsStart = j;
			while (j < n && Character.digit(s.charAt(j), hex ? 16 : 10) >= 0 && s.charAt(j) < 128) {
				codePoint = codePoint * (hex ? 16 : 10) + Character.digit(s.charAt(j), hex ? 16 : 10);
				if (codePoint >= 0x10ffff) {
					return null;
				}
				j++;
			}
			if (j == digitsStart || codePoint == 0 || (codePoint >= 0xd800 && codePoint <= 0xdfff) || j - i >= 10) {
				return null;
			}
		}
		else {
			while (j < n && isAsciiLetter(s.charAt(j))) {
				j++;
			}
			switch (s.substring(i + 1, j)) {
				case "lt" -> codePoint = '<';
				case "gt" -> codePoint = '>';
				case "amp" -> codePoint = '&';
				case "quot" -> codePoint = '"';
				default -> {
					return null;
				}
			}
		}
		if (j < n && s.charAt(j) == ';') {
			j++;
		}
		return new int[] { codePoint, j };
	}

	// ------------------------------------------------------------------ common

	/** Telegram trims white space around a message text; entities are shifted and clipped accordingly. */
	private static Parsed trim(Parsed parsed) {
		String text = parsed.text();
		int start = 0;
		int end = text.length();
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (start == 0 && end == text.length()) {
			return parsed;
		}
		ArrayNode entities = Json.array();
		for (JsonNode entity : parsed.entities()) {
			int from = Math.max(entity.path("offset").asInt(), start);
			int to = Math.min(entity.path("offset").asInt() + entity.path("length").asInt(), end);
			if (to > from) {
				ObjectNode copy = entity.deepCopy();
				copy.put("offset", from - start);
				copy.put("length", to - from);
				entities.add(copy);
			}
		}
		return new Parsed(text.substring(start, end), entities);
	}

	static ArrayNode toJson(List<Entity> entities) {
		List<Entity> sorted = new ArrayList<>(entities);
		sorted.sort(Comparator.comparingInt(Entity::offset).thenComparing(Comparator.comparingInt(Entity::length).reversed()));
		ArrayNode json = Json.array();
		for (Entity entity : sorted) {
			ObjectNode node = json.addObject();
			node.put("offset", entity.offset);
			node.put("length", entity.length);
			node.put("type", entity.type);
			if (entity.key != null && entity.argument != null) {
				node.put(entity.key, entity.argument);
			}
		}
		return json;
	}

	static BotApiException cantParse(String detail) {
		return BotApiException.badRequest("can't parse entities: " + detail);
	}

	/** The UTF-8 byte offset of the UTF-16 index {@code index} in {@code s}. */
	static int byteOffset(String s, int index) {
		return s.substring(0, index).getBytes(StandardCharsets.UTF_8).length;
	}

	static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == 0x0b;
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static boolean isAsciiLetterOrDigit(char c) {
		return isAsciiLetter(c) || (c >= '0' && c <= '9');
	}

	record Entity(String type, int offset, int length, String key, String argument) {
	}

	private record OpenTag(String tag, String argument, boolean expandable, int offset) {
	}

}
