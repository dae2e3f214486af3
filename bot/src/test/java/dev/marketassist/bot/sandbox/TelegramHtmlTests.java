package dev.marketassist.bot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.marketassist.bot.sandbox.TelegramHtml.Node;
import dev.marketassist.dialogs.Html;
import org.junit.jupiter.api.Test;

/** Reply HTML becomes an allow-listed tree; everything else stays text. */
class TelegramHtmlTests {

	@Test
	void keepsTelegramFormattingAsElements() {
		assertThat(TelegramHtml.parse("Hello <b>Ada</b>, <i>see</i> <code>x</code>\nbye")).containsExactly(Node.text("Hello "),
				element("b", Node.text("Ada")), Node.text(", "), element("i", Node.text("see")), Node.text(" "),
				element("code", Node.text("x")), Node.text("\nbye"));
	}

	@Test
	void turnsEscapedUserValuesBackIntoTheirLiteralText() {
		String typed = "<b>ACME</b> <script>alert(1)</script> *_ & \"Co\"";
		assertThat(TelegramHtml.parse("Company name: " + Html.escape(typed)))
			.containsExactly(Node.text("Company name: " + typed));
	}

	@Test
	void showsTagsOutsideTheAllowListAsText() {
		assertThat(TelegramHtml.parse("<script>alert(1)</script><img src=\"x\" onerror=\"alert(1)\"><b onclick=\"x\">b</b>"))
			.containsExactly(Node.text("<script>alert(1)</script><img src=\"x\" onerror=\"alert(1)\">"),
					new Node("b", null, null, List.of(Node.text("b"))))
			.allSatisfy(node -> assertThat(node.href()).isNull());
	}

	@Test
	void keepsOnlyWebLinks() {
		assertThat(TelegramHtml.parse("<a href=\"https://example.com/a?b=1&amp;c=2\">guide</a>"))
			.containsExactly(new Node("a", null, "https://example.com/a?b=1&c=2", List.of(Node.text("guide"))));
		assertThat(TelegramHtml.parse("<a href=\"javascript:alert(1)\">x</a> <a href=\"tg://user?id=1\">y</a>"))
			.containsExactly(Node.text("x y"));
	}

	@Test
	void closesWhatIsLeftOpenAndIgnoresStrayClosingTags() {
		assertThat(TelegramHtml.parse("<b>bold <i>both</b> plain</i>")).containsExactly(
				new Node("b", null, null, List.of(Node.text("bold "), element("i", Node.text("both")))), Node.text(" plain</i>"));
		assertThat(TelegramHtml.parse("<u>open")).containsExactly(element("u", Node.text("open")));
	}

	@Test
	void readsSpoilersAndNumericEntities() {
		assertThat(TelegramHtml.parse("<tg-spoiler>a</tg-spoiler><span class=\"tg-spoiler\">b</span><span>c</span>&#128640;&#x41;&nbsp;"))
			.containsExactly(element("spoiler", Node.text("a")), element("spoiler", Node.text("b")),
					Node.text("<span>c</span>🚀A&nbsp;"));
	}

	@Test
	void givesThePlainTextOfANotice() {
		assertThat(TelegramHtml.plain("Sorry, <b>something</b> went wrong &amp; more")).isEqualTo("Sorry, something went wrong & more");
	}

	private static Node element(String tag, Node... children) {
		return new Node(tag, null, null, List.of(children));
	}

}
