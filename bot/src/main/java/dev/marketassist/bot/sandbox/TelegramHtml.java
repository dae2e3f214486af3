package dev.marketassist.bot.sandbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Reads reply text in Telegram's HTML subset into a tree of allow-listed nodes for the page,
 * which builds it with DOM calls and never parses markup. Bold, italic, underline, strike,
 * code, pre, blockquote, spoiler and {@code http(s)} links survive; any other tag, attribute or
 * link is shown as the text it is (or, for a link to another scheme, as its plain content).
 */
final class TelegramHtml {

	/** Tags kept, by their Telegram spellings, and the one name the page knows each by. */
	private static final Map<String, String> TAGS = Map.ofEntries(Map.entry("b", "b"), Map.entry("strong", "b"),
			Map.entry("i", "i"), Map.entry("em", "i"), Map.entry("u", "u"), Map.entry("ins", "u"), Map.entry("s", "s"),
			Map.entry("strike", "s"), Map.entry("del", "s"), Map.entry("code", "code"), Map.entry("pre", "pre"),
			Map.entry("blockquote", "blockquote"), Map.entry("tg-spoiler", "spoiler"), Map.entry("a", "a"),
			Map.entry("span", "spoiler"));

	private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\\s+[a-zA-Z-]+\\s*=\\s*\"[^\"<>]*\")*)\\s*>");

	private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)\\s*=\\s*\"([^\"<>]*)\"");

	private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});");

	/**
	 * A piece of the tree: text ({@code tag} null) or an element with children.
	 *
	 * @param href only on {@code a}: an {@code http} or {@code https} URL
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Node(String tag, String text, String href, List<Node> children) {

		static Node text(String text) {
			return new Node(null, text, null, null);
		}

	}

	private TelegramHtml() {
	}

	static List<Node> parse(String html) {
		String source = html == null ? "" : html;
		Deque<Element> open = new ArrayDeque<>();
		open.push(new Element(null, null, null));
		Matcher tag = TAG.matcher(source);
		int at = 0;
		while (tag.find()) {
			open.peek().text(source.substring(at, tag.start()));
			at = tag.end();
			if (!tag(open, tag.group(1).isEmpty(), tag.group(2).toLowerCase(Locale.ROOT), tag.group(3))) {
				open.peek().text(tag.group());
			}
		}
		open.peek().text(source.substring(at));
		while (open.size() > 1) {
			closeInnermost(open);
		}
		return open.pop().children;
	}

	/** The text a reader sees, without any markup (for a notice that cannot be shown as a message). */
	static String plain(String html) {
		StringBuilder out = new StringBuilder();
		parse(html).forEach(node -> appendPlain(node, out));
		return out.toString();
	}

	private static void appendPlain(Node node, StringBuilder out) {
		if (node.tag() == null) {
			out.append(node.text());
		}
		else {
			node.children().forEach(child -> appendPlain(child, out));
		}
	}

	/** Applies an opening or closing tag; false if it is not one the page keeps. */
	private static boolean tag(Deque<Element> open, boolean opening, String name, String attributes) {
		String kept = TAGS.get(name);
		if (kept == null) {
			return false;
		}
		if (opening) {
			Map<String, String> attrs = attributes(attributes);
			if ("span".equals(name) && !"tg-spoiler".equals(attrs.get("class"))) {
				return false;
			}
			String href = "a".equals(kept) ? safeLink(attrs.get("href")) : null;
			open.push(new Element(name, "a".equals(kept) && href == null ? null : kept, href));
			return true;
		}
		if (open.stream().noneMatch(element -> name.equals(element.source))) {
			return false;
		}
		String closed;
		do {
			closed = closeInnermost(open); // elements left open inside this one end here too
		}
		while (!name.equals(closed));
		return true;
	}

	/** Ends the innermost open element; returns the tag name it was opened with. */
	private static String closeInnermost(Deque<Element> open) {
		Element closed = open.pop();
		(closed.tag == null ? closed.children : List.of(closed.node())).forEach(open.peek()::add);
		return closed.source;
	}

	private static Map<String, String> attributes(String source) {
		Map<String, String> attrs = new HashMap<>();
		Matcher attribute = ATTRIBUTE.matcher(source);
		while (attribute.find()) {
			attrs.put(attribute.group(1).toLowerCase(Locale.ROOT), decode(attribute.group(2)));
		}
		return attrs;
	}

	private static String safeLink(String href) {
		if (href == null) {
			return null;
		}
		String url = href.strip();
		String lower = url.toLowerCase(Locale.ROOT);
		return (lower.startsWith("https://") || lower.startsWith("http://")) && url.chars().noneMatch(Character::isISOControl)
				? url : null;
	}

	static String decode(String text) {
		Matcher entity = ENTITY.matcher(text);
		StringBuilder out = new StringBuilder();
		while (entity.find()) {
			String name = entity.group(1);
			String value = switch (name) {
				case "lt" -> "<";
				case "gt" -> ">";
				case "amp" -> "&";
				case "quot" -> "\"";
				default -> codePoint(name);
			};
			entity.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		entity.appendTail(out);
		return out.toString();
	}

	private static String codePoint(String reference) {
		int code = reference.startsWith("#x") ? Integer.parseInt(reference.substring(2), 16)
				: Integer.parseInt(reference.substring(1));
		return Character.isValidCodePoint(code) && code != 0 ? new String(Character.toChars(code)) : "\uFFFD";
	}

	/** An element being read; {@code tag} null keeps only the children (a link that was not safe). */
	private static final class Element {

		private final String source;

		private final String tag;

		private final String href;

		private final List<Node> children = new ArrayList<>();

		Element(String source, String tag, String href) {
			this.source = source;
			this.tag = tag;
			this.href = href;
		}

		void text(String html) {
			literal(decode(html));
		}

		void literal(String text) {
			if (!text.isEmpty()) {
				add(Node.text(text));
			}
		}

		/** Adds a child; text next to text becomes one node. */
		void add(Node node) {
			int last = children.size() - 1;
			if (node.tag() == null && last >= 0 && children.get(last).tag() == null) {
				children.set(last, Node.text(children.get(last).text() + node.text()));
			}
			else {
				children.add(node);
			}
		}

		Node node() {
			return new Node(tag, null, href, List.copyOf(children));
		}

	}

}
