package dev.marketassist.bot.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.marketassist.bot.sandbox.SandboxChannel.Answer;
import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.Input;
import dev.marketassist.dialogs.Input.Attachment.Kind;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The sandbox page's JSON API, one chat per persona: the assistant's messages changed after a
 * revision, and what the user does (text and commands, button presses, files, the shared
 * contact, the client language). Inputs are checked as Telegram would (text up to 4096
 * characters, button data up to 64 bytes); a file is described (name, type, size) and, up to
 * {@value #MAX_CONTENT} bytes, comes with its content (base64), kept in memory by
 * {@link SandboxFiles} for the product file storage.
 */
@RestController
@Conditional(SandboxCondition.class)
@RequestMapping("/sandbox/api/chats/{persona}")
class SandboxApiController {

	private static final Set<String> LANGUAGES = Set.of("en", "zh-CN");

	private final SandboxChannel channel;

	private final Transcript transcript;

	private final SandboxFiles files;

	SandboxApiController(SandboxChannel channel, Transcript transcript, SandboxFiles files) {
		this.channel = channel;
		this.transcript = transcript;
		this.files = files;
	}

	record TextRequest(String text) {
	}

	record PressRequest(Integer messageId, String data) {
	}

	/** The largest file whose content the page sends (product files are at most 5 MB). */
	static final long MAX_CONTENT = 5L * 1024 * 1024;

	/** A file the user picked: its description and (optional) its content in base64. */
	record FileRequest(String name, String type, Long size, boolean photo, String content) {
	}

	record LanguageRequest(String language) {
	}

	/**
	 * One message of the assistant as the page draws it.
	 *
	 * @param content the text as an allow-listed tree
	 * @param live whether the buttons can still be pressed
	 */
	record MessageView(int id, long revision, List<TelegramHtml.Node> content, List<List<Button>> keyboard, boolean live,
			boolean edited) {
	}

	/**
	 * @param since when this chat began, in epoch milliseconds (0: not yet)
	 */
	record Messages(long revision, long since, List<MessageView> messages) {
	}

	@GetMapping("/messages")
	Messages messages(@PathVariable String persona, @RequestParam(defaultValue = "0") long after) {
		long chatId = persona(persona).userId();
		List<MessageView> changed = transcript.changedAfter(chatId, after)
			.stream()
			.map(m -> new MessageView(m.messageId(), m.revision(), TelegramHtml.parse(m.html()), m.keyboard(), m.live(), m.edited()))
			.toList();
		long revision = changed.stream().mapToLong(MessageView::revision).max().orElse(after);
		long since = transcript.chat(chatId).map(Transcript.Chat::since).map(Instant::toEpochMilli).orElse(0L);
		return new Messages(revision, since, changed);
	}

	@PostMapping("/text")
	Answer text(@PathVariable String persona, @RequestBody TextRequest request) {
		String text = request.text() == null ? "" : request.text();
		if (text.isBlank() || text.length() > 4096) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A message has 1 to 4096 characters");
		}
		return channel.send(persona(persona), text.startsWith("/") && text.length() > 1 ? command(text) : new Input.Text(text));
	}

	@PostMapping("/press")
	Answer press(@PathVariable String persona, @RequestBody PressRequest request) {
		if (request.messageId() == null || request.messageId() <= 0 || request.data() == null || request.data().isEmpty()
				|| request.data().getBytes(StandardCharsets.UTF_8).length > 64) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A press names a message and 1 to 64 bytes of button data");
		}
		return channel.send(persona(persona), new Input.Choice(request.data(), request.messageId()));
	}

	@PostMapping("/file")
	Answer file(@PathVariable String persona, @RequestBody FileRequest request) {
		String name = request.name() == null ? "" : request.name().strip();
		String type = request.type() == null || request.type().isBlank() ? "application/octet-stream"
				: request.type().strip().toLowerCase(Locale.ROOT);
		long size = request.size() == null ? -1 : request.size();
		if (name.isEmpty() || name.length() > 255 || type.length() > 255 || size < 0 || size > 2_000L * 1024 * 1024
				|| (request.photo() && !type.startsWith("image/"))) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A file has a name, a type and a size up to 2000 MB; a photo is a picture");
		}
		byte[] content = content(request.content(), size);
		String fileId = files.add(content);
		Input input = request.photo() ? new Input.Attachment(Kind.PHOTO, fileId, null, "image/jpeg", size)
				: new Input.Attachment(Kind.DOCUMENT, fileId, name, type, size);
		return channel.send(persona(persona), input);
	}

	private static byte[] content(String base64, long size) {
		if (base64 == null) {
			return null;
		}
		try {
			byte[] content = Base64.getDecoder().decode(base64);
			if (content.length != size || content.length > MAX_CONTENT) {
				throw new IllegalArgumentException("size");
			}
			return content;
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A file's content is its size in bytes, base64, up to 5 MB");
		}
	}

	/** The persona shares its own contact (its phone number), as Telegram's contact button does. */
	@PostMapping("/contact")
	Answer contact(@PathVariable String persona) {
		Persona who = persona(persona);
		return channel.send(who, new Input.Contact(who.phone(), who.userId()));
	}

	@PostMapping("/language")
	ResponseEntity<Void> language(@PathVariable String persona, @RequestBody LanguageRequest request) {
		if (!LANGUAGES.contains(request.language())) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The client language is en or zh-CN");
		}
		transcript.useLanguage(persona(persona).userId(), request.language());
		return ResponseEntity.noContent().build();
	}

	private static Persona persona(String key) {
		return Persona.find(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such persona"));
	}

	/** {@code /start abc} as Telegram's clients send it; {@code @botname} after the command is dropped. */
	private static Input command(String text) {
		String[] parts = text.substring(1).split("\\s+", 2);
		String name = parts[0].toLowerCase(Locale.ROOT);
		int at = name.indexOf('@');
		return new Input.Command(at >= 0 ? name.substring(0, at) : name, parts.length > 1 ? parts[1].strip() : "");
	}

}
