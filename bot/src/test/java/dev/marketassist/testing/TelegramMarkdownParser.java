package dev.marketassist.testing;

import java.util.ArrayList;
import java.util.List;

import dev.marketassist.testing.TelegramTextParser.Entity;

import static dev.marketassist.testing.TelegramTextParser.byteOffset;
import static dev.marketassist.testing.TelegramTextParser.cantParse;
import static dev.marketassist.testing.TelegramTextParser.isSpace;
import static dev.marketassist.testing.TelegramTextParser.toJson;

/**
 * The {@code MarkdownV2} and legacy {@code Markdown} parse modes of {@link TelegramTextParser}, following
 * Telegram's parser (tdlib {@code MessageEntity.cpp}): every reserved character {@code _*[]()~`>#+-=|{}.!}
 * outside an entity must be escaped with {@code \}; inside {@code code} and {@code pre} only {@code `} and
 * {@code \} must be. {@code >} at the start of a line opens a blockquote; expandable blockquotes are not
 * supported.
 */
final class TelegramMarkdownParser {

	private static final String MARKDOWN_V2_RESERVED = "_*[]()~`>#+-=|{}.!";

	private TelegramMarkdownParser() {
	}

	static TelegramTextParser.Parsed markdownV2(String s) {
		StringBuilder out = new StringBuilder();
		List<Entity> entities = new ArrayList<>();
		List<OpenMd> open = new ArrayList<>();
		int n = s.length();
		int i = 0;
		while (i < n) {
			char c = s.charAt(i);
			if (c == '\\' && i + 1 < n && s.charAt(i + 1) > 0 && s.charAt(i + 1) <= 126) {
				out.append(s.charAt(i + 1));
				i += 2;
				continue;
			}
			OpenMd top = open.isEmpty() ? null : open.get(open.size() - 1);
			boolean inCode = top != null && (top.type.equals("code") || top.type.equals("pre"));
			boolean lineStart = i == 0 || s.charAt(i - 1) == '\n';
			if (c == '\n' && top != null && top.type.equals("blockquote") && !(i + 1 < n && s.charAt(i + 1) == '>')) {
				closeMd(open, out, entities);
				out.append(c);
				i++;
				continue;
			}
			if (c == '>' && lineStart && !inCode) {
				if (top == null || !top.type.equals("blockquote")) {
					open.add(new OpenMd("blockquote", out.length(), i));
				}
				i++;
				continue;
			}
			String reserved = inCode ? "`" : MARKDOWN_V2_RESERVED;
			if (reserved.indexOf(c) < 0) {
				out.append(c);
				i++;
				continue;
			}
			char next = (i + 1 < n) ? s.charAt(i + 1) : 0;
			char afterNext = (i + 2 < n) ? s.charAt(i + 2) : 0;
			boolean closes = top != null && switch (top.type) {
				case "bold" -> c == '*';
				case "italic" -> c == '_' && next != '_';
				case "underline" -> c == '_' && next == '_';
				case "strikethrough" -> c == '~';
				case "spoiler" -> c == '|' && next == '|';
				case "code" -> c == '`';
				case "pre" -> c == '`' && next == '`' && afterNext == '`';
				case "text_link", "custom_emoji" -> c == ']';
				default -> false;
			};
			if (closes) {
				i = closeMarkdownV2Entity(s, i, top, open, out, entities);
				continue;
			}
			int begin = i;
			switch (c) {
				case '_' -> {
					if (next == '_') {
						open.add(new OpenMd("underline", out.length(), begin));
						i += 2;
					}
					else {
						open.add(new OpenMd("italic", out.length(), begin));
						i++;
					}
				}
				case '*' -> {
					open.add(new OpenMd("bold", out.length(), begin));
					i++;
				}
				case '~' -> {
					open.add(new OpenMd("strikethrough", out.length(), begin));
					i++;
				}
				case '|' -> {
					if (next != '|') {
						throw reserved(c);
					}
					open.add(new OpenMd("spoiler", out.length(), begin));
					i += 2;
				}
				case '[' -> {
					open.add(new OpenMd("text_link", out.length(), begin));
					i++;
				}
				case '!' -> {
					if (next != '[') {
						throw reserved(c);
					}
					open.add(new OpenMd("custom_emoji", out.length(), begin));
					i += 2;
				}
				case '`' -> {
					if (next == '`' && afterNext == '`') {
						i += 3;
						int languageEnd = i;
						while (languageEnd < n && !isSpace(s.charAt(languageEnd)) && s.charAt(languageEnd) != '`') {
							languageEnd++;
						}
						OpenMd pre = new OpenMd("pre", out.length(), begin);
						if (i != languageEnd && languageEnd < n && s.charAt(languageEnd) != '`') {
							pre.argument = s.substring(i, languageEnd);
							i = languageEnd;
						}
						if (i < n && (s.charAt(i) == '\n' || s.charAt(i) == '\r')) {
							i++;
						}
						pre.offset = out.length();
						open.add(pre);
					}
					else {
						open.add(new OpenMd("code", out.length(), begin));
						i++;
					}
				}
				default -> throw reserved(c);
			}
		}
		if (!open.isEmpty() && open.get(open.size() - 1).type.equals("blockquote")) {
			closeMd(open, out, entities);
		}
		if (!open.isEmpty()) {
			OpenMd last = open.get(open.size() - 1);
			throw cantParse("Can't find end of " + typeName(last.type) + " entity at byte offset "
					+ byteOffset(s, last.sourceIndex));
		}
		return new TelegramTextParser.Parsed(out.toString(), toJson(entities));
	}

	private static int closeMarkdownV2Entity(String s, int i, OpenMd top, List<OpenMd> open, StringBuilder out,
			List<Entity> entities) {
		int n = s.length();
		String argument = top.argument;
		switch (top.type) {
			case "underline", "spoiler" -> i += 2;
			case "pre" -> i += 3;
			case "text_link", "custom_emoji" -> {
				i++;
				if (i < n && s.charAt(i) == '(') {
					int urlStart = ++i;
					StringBuilder url = new StringBuilder();
					while (i < n && s.charAt(i) != ')') {
						if (s.charAt(i) == '\\' && i + 1 < n && s.charAt(i + 1) > 0 && s.charAt(i + 1) <= 126) {
							url.append(s.charAt(i + 1));
							i += 2;
							continue;
						}
						url.append(s.charAt(i++));
					}
					if (i >= n) {
						throw cantParse("Can't find end of a URL at byte offset " + byteOffset(s, urlStart));
					}
					i++;
					argument = url.toString();
				}
				else if (top.type.equals("custom_emoji")) {
					throw cantParse("Custom emoji entity must contain a tg://emoji URL");
				}
				else {
					argument = out.substring(top.offset);
				}
				if (top.type.equals("custom_emoji")) {
					if (!argument.startsWith("tg://emoji?id=")) {
						throw cantParse("Custom emoji URL must have scheme tg");
					}
					argument = argument.substring("tg://emoji?id=".length());
				}
			}
			default -> i++;
		}
		open.remove(open.size() - 1);
		int length = out.length() - top.offset;
		if (length > 0) {
			String key = switch (top.type) {
				case "pre" -> "language";
				case "text_link" -> "url";
				case "custom_emoji" -> "custom_emoji_id";
				default -> null;
			};
			entities.add(new Entity(top.type, top.offset, length, key, argument));
		}
		return i;
	}

	private static void closeMd(List<OpenMd> open, StringBuilder out, List<Entity> entities) {
		OpenMd top = open.remove(open.size() - 1);
		int length = out.length() - top.offset;
		if (length > 0) {
			entities.add(new Entity(top.type, top.offset, length, null, null));
		}
	}

	private static BotApiException reserved(char c) {
		return cantParse("Character '" + c + "' is reserved and must be escaped with the preceding '\\'");
	}

	/** tdlib's names of entity types in "Can't find end of ... entity". */
	private static String typeName(String type) {
		return switch (type) {
			case "bold" -> "Bold";
			case "italic" -> "Italic";
			case "underline" -> "Underline";
			case "strikethrough" -> "Strikethrough";
			case "spoiler" -> "Spoiler";
			case "code" -> "Code";
			case "pre" -> "Pre";
			case "text_link" -> "TextUrl";
			case "custom_emoji" -> "CustomEmoji";
			default -> "BlockQuote";
		};
	}

	static TelegramTextParser.Parsed markdown(String s) {
		StringBuilder out = new StringBuilder();
		List<Entity> entities = new ArrayList<>();
		int n = s.length();
		int i = 0;
		while (i < n) {
			char c = s.charAt(i);
			if (c == '\\' && i + 1 < n && "_*`[".indexOf(s.charAt(i + 1)) >= 0) {
				out.append(s.charAt(i + 1));
				i += 2;
				continue;
			}
			if ("_*`[".indexOf(c) < 0) {
				out.append(c);
				i++;
				continue;
			}
			int begin = i;
			boolean pre = c == '`' && i + 2 < n && s.charAt(i + 1) == '`' && s.charAt(i + 2) == '`';
			char end = (c == '[') ? ']' : c;
			i += pre ? 3 : 1;
			String language = null;
			if (pre) {
				int languageEnd = i;
				while (languageEnd < n && !isSpace(s.charAt(languageEnd)) && s.charAt(languageEnd) != '`') {
					languageEnd++;
				}
				if (i != languageEnd && languageEnd < n && s.charAt(languageEnd) != '`') {
					language = s.substring(i, languageEnd);
					i = languageEnd;
				}
			}
			int offset = out.length();
			while (i < n && (s.charAt(i) != end || (pre && !(i + 2 < n && s.charAt(i + 1) == '`' && s.charAt(i + 2) == '`')))) {
				out.append(s.charAt(i++));
			}
			if (i >= n) {
				throw cantParse("Can't find end of the entity starting at byte offset " + byteOffset(s, begin));
			}
			i += pre ? 3 : 1;
			String type = switch (c) {
				case '*' -> "bold";
				case '_' -> "italic";
				case '[' -> "text_link";
				default -> pre ? "pre" : "code";
			};
			String key = null;
			String argument = null;
			if (c == '[') {
				key = "url";
				argument = out.substring(offset);
				if (i < n && s.charAt(i) == '(') {
					int close = s.indexOf(')', i);
					if (close < 0) {
						throw cantParse("Can't find end of a URL at byte offset " + byteOffset(s, i));
					}
					argument = s.substring(i + 1, close);
					i = close + 1;
				}
			}
			else if (pre) {
				key = "language";
				argument = language;
			}
			if (out.length() > offset) {
				entities.add(new Entity(type, offset, out.length() - offset, key, argument));
			}
		}
		return new TelegramTextParser.Parsed(out.toString(), toJson(entities));
	}

	private static final class OpenMd {

		final String type;

		final int sourceIndex;

		int offset;

		String argument;

		OpenMd(String type, int offset, int sourceIndex) {
			this.type = type;
			this.offset = offset;
			this.sourceIndex = sourceIndex;
		}

	}

}
