package dev.marketassist.testing;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import dev.marketassist.testing.TelegramTextParser.Parsed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link TelegramTextParser} and {@link TelegramMarkdownParser} on their own: what the stand-in Bot API
 * answers to formatted text, checked without HTTP.
 */
class StandInBotApiTextParsingTests {

	@Test
	void htmlByteOffsetsCountUtf8Bytes() {
		// six Cyrillic letters are 12 bytes, the space one more
		assertRefused(() -> html("\u043f\u0440\u0438\u0432\u0435\u0442 <br>"),
				"Bad Request: can't parse entities: Unsupported start tag \"br\" at byte offset 13");
	}

	@Test
	void htmlReadsLinksPreWithLanguageBlockquotesSpoilersAndCustomEmoji() {
		Parsed parsed = html("<a href=\"https://example.com\">site</a> <pre><code class=\"language-python\">x = 1</code></pre>"
				+ "<blockquote>q</blockquote><blockquote expandable>e</blockquote><tg-spoiler>s</tg-spoiler>"
				+ "<span class=\"tg-spoiler\">t</span><tg-emoji emoji-id=\"5368324170671202286\">\uD83D\uDC4D</tg-emoji>");

		assertThat(parsed.text()).isEqualTo("site x = 1qest\uD83D\uDC4D");
		assertThat(describe(parsed.entities())).containsExactly("text_link 0+4 https://example.com", "pre 5+5 python",
				"blockquote 10+1", "expandable_blockquote 11+1", "spoiler 12+1", "spoiler 13+1",
				"custom_emoji 14+2 5368324170671202286");
	}

	@Test
	void htmlEntitiesMayOmitTheSemicolonAndEmojiCountTwoUtf16Units() {
		assertThat(html("&lt&gt &#65;&#x42;&#67").text()).isEqualTo("<> ABC");
		assertThat(describe(html("<b>\uD83D\uDE00</b>").entities())).containsExactly("bold 0+2");
		assertThat(html("a > b").text()).isEqualTo("a > b");
	}

	@Test
	void htmlOtherMalformedInput() {
		assertRefused(() -> html("x <b"), "Bad Request: can't parse entities: Unclosed start tag at byte offset 2");
		assertRefused(() -> html("<a href"), "Bad Request: can't parse entities: Unclosed start tag \"a\" at byte offset 0");
		assertRefused(() -> html("<a =\"x\">y</a>"),
				"Bad Request: can't parse entities: Empty attribute name in the tag \"a\" at byte offset 0");
		assertRefused(() -> html("<b>x</b"), "Bad Request: can't parse entities: Unclosed end tag at byte offset 4");
		assertRefused(() -> html("<tg-emoji emoji-id=\"x\">y</tg-emoji>"),
				"Bad Request: can't parse entities: Invalid custom emoji identifier specified");
	}

	@Test
	void aBareAmpersandIsRefusedOnlyInStrictMode() {
		assertRefused(() -> html("AT&T"), "Bad Request: can't parse entities: Character '&' at byte offset 2 must be escaped"
				+ " as \"&amp;\" (Telegram itself would keep a bare '&'; the stand-in refuses it to catch unescaped text)");
		assertThat(TelegramTextParser.parse("AT&T &nbsp;", "HTML", null, false).text()).isEqualTo("AT&T &nbsp;");
	}

	@Test
	void surroundingWhiteSpaceIsTrimmedAndEntitiesFollow() {
		Parsed parsed = html("\n  <b>bold</b> tail  \n");

		assertThat(parsed.text()).isEqualTo("bold tail");
		assertThat(describe(parsed.entities())).containsExactly("bold 0+4");
	}

	@Test
	void markdownV2EntitiesLinksAndBlockquotes() {
		Parsed parsed = TelegramTextParser.parse("*b* _i_ __u__ ~s~ ||p|| `c` [site](https://example.com/a\\)b)\n>quote\n>more\nend",
				"MarkdownV2", null, true);

		assertThat(parsed.text()).isEqualTo("b i u s p c site\nquote\nmore\nend");
		assertThat(describe(parsed.entities())).containsExactly("bold 0+1", "italic 2+1", "underline 4+1", "strikethrough 6+1",
				"spoiler 8+1", "code 10+1", "text_link 12+4 https://example.com/a)b", "blockquote 17+10");
	}

	@Test
	void markdownV2InsideCodeOnlyBackquotesAreReserved() {
		Parsed parsed = TelegramTextParser.parse("```java\nint x = a.b(1);\n```", "MarkdownV2", null, true);

		assertThat(parsed.text()).isEqualTo("int x = a.b(1);");
		assertThat(describe(parsed.entities())).containsExactly("pre 0+15 java");
		assertRefused(() -> TelegramTextParser.parse("a - b", "MarkdownV2", null, true),
				"Bad Request: can't parse entities: Character '-' is reserved and must be escaped with the preceding '\\'");
		assertRefused(() -> TelegramTextParser.parse("[link](https://x", "MarkdownV2", null, true),
				"Bad Request: can't parse entities: Can't find end of a URL at byte offset 7");
	}

	@Test
	void legacyMarkdown() {
		Parsed parsed = TelegramTextParser.parse("*bold* _it_ `code` [site](https://example.com) 5.00", "Markdown", null, true);

		assertThat(parsed.text()).isEqualTo("bold it code site 5.00");
		assertThat(describe(parsed.entities())).containsExactly("bold 0+4", "italic 5+2", "code 8+4",
				"text_link 13+4 https://example.com");
		assertRefused(() -> TelegramTextParser.parse("a *b", "Markdown", null, true),
				"Bad Request: can't parse entities: Can't find end of the entity starting at byte offset 2");
	}

	private static Parsed html(String text) {
		return TelegramTextParser.parse(text, "HTML", null, true);
	}

	/** "bold 0+2", with the url, language or custom emoji id after it. */
	private static List<String> describe(JsonNode entities) {
		List<String> described = new ArrayList<>();
		for (JsonNode entity : entities) {
			StringBuilder text = new StringBuilder(entity.get("type").asText() + " " + entity.get("offset").asInt() + "+"
					+ entity.get("length").asInt());
			for (String key : List.of("url", "language", "custom_emoji_id")) {
				if (entity.hasNonNull(key)) {
					text.append(' ').append(entity.get(key).asText());
				}
			}
			described.add(text.toString());
		}
		return described;
	}

	private static void assertRefused(Runnable parse, String description) {
		assertThatThrownBy(parse::run).isInstanceOfSatisfying(BotApiException.class, (refused) -> {
			assertThat(refused.errorCode()).isEqualTo(400);
			assertThat(refused.description()).isEqualTo(description);
		});
	}

}
