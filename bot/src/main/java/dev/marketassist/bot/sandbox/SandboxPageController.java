package dev.marketassist.bot.sandbox;

import dev.marketassist.dialogs.Conversation;
import dev.marketassist.dialogs.Dialogs;
import dev.marketassist.provider.PaymentSettings;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Serves the sandbox page at {@code market.sandbox.path} (for the persona named in
 * {@code ?persona=}, the first one otherwise) and its script and style. Opening the page also
 * delivers whatever the persona's session still owes.
 */
@Controller
@Conditional(SandboxCondition.class)
class SandboxPageController {

	private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	private final SandboxChannel channel;

	private final Dialogs dialogs;

	private final PaymentSettings payments;

	SandboxPageController(SandboxChannel channel, Dialogs dialogs, PaymentSettings payments) {
		this.channel = channel;
		this.dialogs = dialogs;
		this.payments = payments;
	}

	@GetMapping(path = "${market.sandbox.path:/}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> page(@RequestParam(name = "persona", required = false) String key) {
		Persona persona = Persona.find(key).orElse(Persona.ALL.get(0));
		channel.catchUp(persona);
		Conversation conversation = channel.conversation(persona);
		String html = SandboxPage.render(persona, conversation.languageCode(), dialogs.texts(conversation),
				payments.linkBaseUrl());
		return ResponseEntity.ok()
			.contentType(HTML)
			.cacheControl(CacheControl.noStore())
			.header("Content-Security-Policy", SandboxPage.CONTENT_SECURITY_POLICY)
			.body(html);
	}

	@GetMapping("/sandbox/sandbox.js")
	ResponseEntity<Resource> script() {
		return asset("sandbox/sandbox.js", MediaType.parseMediaType("text/javascript;charset=UTF-8"));
	}

	@GetMapping("/sandbox/sandbox.css")
	ResponseEntity<Resource> style() {
		return asset("sandbox/sandbox.css", MediaType.parseMediaType("text/css;charset=UTF-8"));
	}

	private static ResponseEntity<Resource> asset(String path, MediaType type) {
		return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache()).body(new ClassPathResource(path));
	}

}
