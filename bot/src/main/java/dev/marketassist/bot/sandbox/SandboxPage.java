package dev.marketassist.bot.sandbox;

import java.util.List;

import dev.marketassist.dialogs.Texts;
import org.springframework.web.util.HtmlUtils;

/**
 * The sandbox page as HTML: persona switcher, the persona's user id and client language, the
 * chat (filled by {@code sandbox.js}) and the composer. Every text and value is escaped; the
 * page has no inline script or style, so its Content-Security-Policy allows none.
 */
final class SandboxPage {

	/** Scripts, styles and requests from this origin only; no inline code, no framing. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	private static final List<String[]> LANGUAGES = List.of(new String[] { "en", "English" },
			new String[] { "zh-CN", "中文" });

	private final StringBuilder out = new StringBuilder(8192);

	private final Texts t;

	private SandboxPage(Texts texts) {
		this.t = texts;
	}

	/**
	 * @param current the persona chatting
	 * @param language the persona's client language ({@code en}, {@code zh-CN})
	 * @param texts the page's texts, in that language
	 * @param payLink the payment-link gateway's base URL: a link button to it is shown as what it
	 * does (the marketplace's payment page is not there in the sandbox; "simulate payment" is)
	 */
	static String render(Persona current, String language, Texts texts, String payLink) {
		SandboxPage page = new SandboxPage(texts);
		page.head(current, language, payLink);
		page.header(current);
		page.who(current, language);
		page.chatAndComposer();
		page.tools(current);
		page.end();
		return page.out.toString();
	}

	private void head(Persona current, String language, String payLink) {
		add("<!DOCTYPE html>\n<html lang=\"").add(esc(language)).add("\">\n<head>\n<meta charset=\"utf-8\">\n")
			.add("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
			.add(text("sandbox.title")).add("</title>\n<link rel=\"stylesheet\" href=\"/sandbox/sandbox.css\">\n")
			.add("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\n")
			.add("<script src=\"/sandbox/sandbox.js\" defer></script>\n</head>\n")
			.add("<body data-persona=\"").add(esc(current.key())).add("\" data-api=\"/sandbox/api/chats/")
			.add(esc(current.key())).add("\" data-phone=\"").add(esc(current.phone())).add("\" data-pay-link=\"")
			.add(esc(payLink)).add("\"");
		for (String key : List.of("pending", "failed", "edited", "sent.document", "sent.photo", "sent.contact", "pay-link")) {
			add(" data-t-").add(key.replace('.', '-')).add("=\"").add(text("sandbox." + key)).add("\"");
		}
		add(">\n<div class=\"app\">\n");
	}

	private void header(Persona current) {
		add("<header class=\"top\">\n<h1>").add(text("sandbox.title")).add("</h1>\n<p class=\"intro\">")
			.add(text("sandbox.intro")).add("</p>\n<nav class=\"personas\" aria-label=\"").add(text("sandbox.personas"))
			.add("\">\n");
		for (Persona persona : Persona.ALL) {
			add("<a class=\"persona\" href=\"?persona=").add(esc(persona.key())).add("\" data-persona=\"")
				.add(esc(persona.key())).add("\"").add(persona.equals(current) ? " aria-current=\"page\"" : "")
				.add("><span class=\"role\">").add(esc(label(persona))).add("</span><span class=\"name\">")
				.add(esc(persona.firstName())).add("</span></a>\n");
		}
		add("</nav>\n</header>\n");
	}

	private void who(Persona current, String language) {
		add("<section class=\"who\">\n<p class=\"as\">")
			.add(esc(t.plain("sandbox.chatting-as", label(current), current.firstName())))
			.add(" · ").add(text("sandbox.user-id")).add(" <code class=\"user-id\">").add(Long.toString(current.userId()))
			.add("</code></p>\n<div class=\"languages\" role=\"group\" aria-label=\"").add(text("sandbox.language"))
			.add("\"><span>").add(text("sandbox.language")).add("</span>");
		for (String[] option : LANGUAGES) {
			add("<button type=\"button\" data-language=\"").add(option[0]).add("\" aria-pressed=\"")
				.add(Boolean.toString(option[0].equals(language))).add("\">").add(option[1]).add("</button>");
		}
		add("</div>\n<p class=\"hint\">").add(text("sandbox.user-id.hint")).add("</p>\n</section>\n");
	}

	private void chatAndComposer() {
		add("<main id=\"chat\" class=\"chat\" aria-live=\"polite\">\n<div id=\"empty\" class=\"empty\"><p>")
			.add(text("sandbox.empty")).add("</p><button type=\"button\" class=\"start\" data-command=\"/start\">")
			.add(text("sandbox.start")).add("</button></div>\n</main>\n")
			.add("<form id=\"composer\" class=\"composer\" autocomplete=\"off\">\n");
		tool("file-document", "sandbox.attach.document", "📎", "");
		tool("file-photo", "sandbox.attach.photo", "🖼️", " accept=\"image/*\"");
		add("<button type=\"button\" id=\"contact\" class=\"tool\" title=\"").add(text("sandbox.share-contact"))
			.add("\" aria-label=\"").add(text("sandbox.share-contact")).add("\">📇</button>\n")
			.add("<input id=\"text\" name=\"text\" maxlength=\"4096\" enterkeyhint=\"send\" placeholder=\"")
			.add(text("sandbox.placeholder")).add("\" aria-label=\"").add(text("sandbox.placeholder")).add("\">\n")
			.add("<button type=\"submit\" id=\"send\">").add(text("sandbox.send")).add("</button>\n</form>\n")
			.add("<p class=\"commands\">").add(text("sandbox.commands")).add("</p>\n");
	}

	/** The marketplace's stand-ins: pay the fee (sellers), report a paid order (Buyer B gets the link). */
	private void tools(Persona current) {
		add("<section class=\"tools\" aria-label=\"").add(text("sandbox.tools")).add("\"><span>").add(text("sandbox.tools"))
			.add("</span>");
		if (current.role() == Persona.Role.SELLER) {
			add("<button type=\"button\" data-tool=\"simulate-payment\">").add(text("sandbox.tools.pay")).add("</button>");
		}
		add("<button type=\"button\" data-tool=\"test-order\" data-then=\"").add(SandboxToolsController.BUYER).add("\">")
			.add(text("sandbox.tools.order")).add("</button></section>\n");
	}

	private void end() {
		add("</div>\n<div id=\"toast\" class=\"toast\" role=\"status\" aria-live=\"assertive\"></div>\n</body>\n</html>\n");
	}

	private void tool(String id, String labelKey, String icon, String attributes) {
		add("<label class=\"tool\" title=\"").add(text(labelKey)).add("\"><input type=\"file\" id=\"").add(id)
			.add("\" class=\"file\"").add(attributes).add(" aria-label=\"").add(text(labelKey)).add("\"><span aria-hidden=\"true\">")
			.add(icon).add("</span></label>\n");
	}

	private String label(Persona persona) {
		return t.plain("sandbox.persona", t.plain(persona.role().labelKey()), persona.letter());
	}

	private String text(String key) {
		return esc(t.plain(key));
	}

	private static String esc(String value) {
		return HtmlUtils.htmlEscape(value == null ? "" : value, "UTF-8");
	}

	private SandboxPage add(String html) {
		out.append(html);
		return this;
	}

}
