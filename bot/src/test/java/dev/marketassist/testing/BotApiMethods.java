package dev.marketassist.testing;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.marketassist.testing.StandInState.CallbackQueryRecord;
import dev.marketassist.testing.StandInState.ChatRecord;
import dev.marketassist.testing.StandInState.FileRecord;
import dev.marketassist.testing.StandInState.StoredMessage;
import dev.marketassist.testing.TelegramTextParser.Parsed;

/**
 * The Bot API methods the stand-in implements, with Telegram's semantics and error descriptions.
 * Called with the stand-in's lock held and the parameters already checked against the spec.
 */
final class BotApiMethods {

	static final int MAX_TEXT = 4096;

	static final int MAX_CAPTION = 1024;

	static final long MAX_DOWNLOAD = 20L * 1024 * 1024;

	static final String NOT_MODIFIED = "message is not modified: specified new message content and reply markup are"
			+ " exactly the same as a current content and reply markup of the message";

	static final String QUERY_INVALID = "query is too old and response timeout expired or query ID is invalid";

	private static final Set<String> CHAT_ACTIONS = Set.of("typing", "upload_photo", "record_video", "upload_video",
			"record_voice", "upload_voice", "upload_document", "choose_sticker", "find_location", "record_video_note",
			"upload_video_note");

	private static final Set<String> SCOPES_WITHOUT_CHAT = Set.of("default", "all_private_chats", "all_group_chats",
			"all_chat_administrators");

	private static final Pattern NUMBER = Pattern.compile("-?\\d{1,19}");

	private static final Pattern COMMAND = Pattern.compile("[a-z0-9_]{1,32}");

	private static final Pattern SECRET_TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,256}");

	private final StandInState state;

	private final Object lock;

	BotApiMethods(StandInState state, Object lock) {
		this.state = state;
		this.lock = lock;
	}

	/**
	 * Runs {@code method}.
	 * @return the {@code result} of the answer
	 * @throws BotApiException the error Telegram would answer
	 */
	JsonNode invoke(BotApiSpec.Method method, ObjectNode p) throws InterruptedException {
		return switch (method.name().toLowerCase(Locale.ROOT)) {
			case "getme" -> getMe();
			case "getupdates" -> getUpdates(p);
			case "sendmessage" -> sendMessage(p);
			case "editmessagetext" -> editMessageText(p);
			case "editmessagereplymarkup" -> editMessageReplyMarkup(p);
			case "deletemessage" -> deleteMessage(p);
			case "answercallbackquery" -> answerCallbackQuery(p);
			case "setmycommands" -> setMyCommands(p);
			case "getmycommands" -> getMyCommands(p);
			case "deletemycommands" -> deleteMyCommands(p);
			case "setwebhook" -> setWebhook(p);
			case "deletewebhook" -> deleteWebhook(p);
			case "getwebhookinfo" -> getWebhookInfo();
			case "sendchataction" -> sendChatAction(p);
			case "sendinvoice" -> sendInvoice(p);
			case "answerprecheckoutquery" -> answerPreCheckoutQuery(p);
			case "getfile" -> getFile(p);
			case "senddocument" -> sendMedia(p, "document");
			case "sendphoto" -> sendMedia(p, "photo");
			default -> {
				if (method.returnsBoolean()) {
					yield BooleanNode.TRUE; // e.g. setMyDescription, pinChatMessage: accepted and recorded
				}
				throw new BotApiException(500, "Internal Server Error: the stand-in Bot API does not implement "
						+ method.name() + " (add it to dev.marketassist.testing.BotApiMethods)");
			}
		};
	}

	// ------------------------------------------------------------------ bot and updates

	private JsonNode getMe() {
		ObjectNode me = this.state.botUser.deepCopy();
		me.put("can_join_groups", true);
		me.put("can_read_all_group_messages", false);
		me.put("supports_inline_queries", false);
		me.put("can_connect_to_business", false);
		me.put("has_main_web_app", false);
		return me;
	}

	private JsonNode getUpdates(ObjectNode p) throws InterruptedException {
		if (this.state.webhook != null) {
			throw new BotApiException(409, "Conflict: can't use getUpdates method while webhook is active;"
					+ " use deleteWebhook to delete the webhook first");
		}
		long offset = p.path("offset").asLong(0);
		int limit = p.has("limit") ? Math.max(1, Math.min(100, p.get("limit").asInt(100))) : 100;
		long timeoutSeconds = Math.max(0, p.path("timeout").asLong(0));
		if (p.has("allowed_updates")) {
			List<String> allowed = new ArrayList<>();
			p.get("allowed_updates").forEach((type) -> allowed.add(type.asText()));
			this.state.allowedUpdates = List.copyOf(allowed);
		}
		List<String> allowed = this.state.allowedUpdates;
		this.state.updates.confirm(offset);
		long generation = ++this.state.pollGeneration;
		this.lock.notifyAll();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
		while (true) {
			if (this.state.closed) {
				return Json.array();
			}
			if (generation != this.state.pollGeneration) {
				throw new BotApiException(409, "Conflict: terminated by other getUpdates request;"
						+ " make sure that only one bot instance is running");
			}
			if (this.state.updates.hasDeliverable(allowed)) {
				ArrayNode result = Json.array();
				result.addAll(new ArrayList<>(this.state.updates.take(limit, allowed)));
				return result;
			}
			long remaining = deadline - System.nanoTime();
			if (remaining <= 0) {
				return Json.array();
			}
			TimeUnit.NANOSECONDS.timedWait(this.lock, remaining);
		}
	}

	// ------------------------------------------------------------------ messages

	private JsonNode sendMessage(ObjectNode p) {
		long chatId = chatId(p);
		Parsed text = parseText(string(p, "text"), string(p, "parse_mode"), p.get("entities"), MAX_TEXT,
				"message is too long", "message text is empty");
		JsonNode markup = ReplyMarkups.validate(p.get("reply_markup"), false);
		ChatRecord chat = this.state.chat(chatId);
		checkReplyTarget(p, chat);
		StoredMessage message = new StoredMessage(chatId, this.state.nextMessageId(chatId), "text", StandInState.now());
		message.text = text.text();
		message.entities = text.entities();
		message.parseMode = string(p, "parse_mode");
		setMarkup(message, markup);
		chat.botMessages.put(message.messageId, message);
		return this.state.messageJson(message);
	}

	private JsonNode editMessageText(ObjectNode p) {
		StoredMessage message = messageToEdit(p);
		if (!message.kind.equals("text")) {
			// media captions are edited with editMessageCaption, which the stand-in does not implement
			throw BotApiException.badRequest("there is no text in the message to edit");
		}
		Parsed text = parseText(string(p, "text"), string(p, "parse_mode"), p.get("entities"), MAX_TEXT,
				"message is too long", "message text is empty");
		JsonNode markup = ReplyMarkups.validate(p.get("reply_markup"), true);
		if (text.text().equals(message.text) && sameEntities(text.entities(), message.entities)
				&& Objects.equals(markup, message.inlineMarkup)) {
			throw BotApiException.badRequest(NOT_MODIFIED);
		}
		if (!text.text().equals(message.text)) {
			message.previousTexts.add(message.text);
		}
		message.text = text.text();
		message.entities = text.entities();
		message.parseMode = string(p, "parse_mode");
		// as in Telegram, an edit without reply_markup removes the inline keyboard
		message.inlineMarkup = markup;
		message.editCount++;
		message.editDate = StandInState.now();
		return this.state.messageJson(message);
	}

	private JsonNode editMessageReplyMarkup(ObjectNode p) {
		StoredMessage message = messageToEdit(p);
		JsonNode markup = ReplyMarkups.validate(p.get("reply_markup"), true);
		if (Objects.equals(markup, message.inlineMarkup)) {
			throw BotApiException.badRequest(NOT_MODIFIED);
		}
		message.inlineMarkup = markup;
		message.editCount++;
		return this.state.messageJson(message);
	}

	private JsonNode deleteMessage(ObjectNode p) {
		long chatId = chatId(p);
		int messageId = messageId(p);
		ChatRecord chat = this.state.chats.get(chatId);
		if (chat != null && (chat.botMessages.remove(messageId) != null || chat.userMessages.remove(messageId))) {
			return BooleanNode.TRUE;
		}
		throw BotApiException.badRequest("message to delete not found");
	}

	private JsonNode sendChatAction(ObjectNode p) {
		chatId(p);
		if (!CHAT_ACTIONS.contains(string(p, "action"))) {
			throw BotApiException.badRequest("wrong parameter action in request");
		}
		return BooleanNode.TRUE;
	}

	private JsonNode sendMedia(ObjectNode p, String kind) {
		long chatId = chatId(p);
		FileRecord file = inputFile(p, kind);
		String captionText = string(p, "caption");
		Parsed caption = (captionText == null || captionText.isEmpty()) ? new Parsed("", Json.array())
				: parseText(captionText, string(p, "parse_mode"), p.get("caption_entities"), MAX_CAPTION,
						"message caption is too long", "message caption is empty");
		JsonNode markup = ReplyMarkups.validate(p.get("reply_markup"), false);
		ChatRecord chat = this.state.chat(chatId);
		checkReplyTarget(p, chat);
		StoredMessage message = new StoredMessage(chatId, this.state.nextMessageId(chatId), kind, StandInState.now());
		message.text = caption.text();
		message.entities = caption.entities();
		message.parseMode = string(p, "parse_mode");
		if (kind.equals("photo")) {
			message.extra.putArray("photo")
				.add(Updates.photoSize(file.fileId(), file.fileUniqueId(), 1280, 960, file.size()));
		}
		else {
			message.extra.set("document", Updates.document(file.fileId(), file.fileUniqueId(), file.fileName(),
					file.mimeType(), file.size()));
		}
		setMarkup(message, markup);
		chat.botMessages.put(message.messageId, message);
		return this.state.messageJson(message);
	}

	// ------------------------------------------------------------------ callback queries and commands

	private JsonNode answerCallbackQuery(ObjectNode p) {
		String id = string(p, "callback_query_id");
		CallbackQueryRecord query = this.state.openCallbackQueries.get(id);
		if (query == null) {
			throw BotApiException.badRequest(QUERY_INVALID);
		}
		String text = string(p, "text");
		if (text != null && text.codePointCount(0, text.length()) > 200) {
			throw BotApiException.badRequest("MESSAGE_TOO_LONG");
		}
		this.state.openCallbackQueries.remove(id);
		this.state.callbackAnswers.add(new CallbackAnswer(id, query.chatId(), query.messageId(), query.data(), text,
				bool(p, "show_alert"), string(p, "url"), Instant.now()));
		return BooleanNode.TRUE;
	}

	private JsonNode setMyCommands(ObjectNode p) {
		JsonNode commands = p.get("commands");
		if (commands.size() > 100) {
			throw BotApiException.badRequest("BOT_COMMANDS_TOO_MUCH");
		}
		List<StandInBotApi.RegisteredCommand> registered = new ArrayList<>();
		for (JsonNode command : commands) {
			String name = Json.text(command.get("command"));
			String description = Json.text(command.get("description"));
			if (name == null || name.isEmpty()) {
				throw BotApiException.badRequest("command is empty");
			}
			if (!COMMAND.matcher(name).matches()) {
				throw BotApiException.badRequest("BOT_COMMAND_INVALID");
			}
			if (description == null || description.isBlank()) {
				throw BotApiException.badRequest("command description is empty");
			}
			if (description.codePointCount(0, description.length()) > 256) {
				throw BotApiException.badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
			}
			registered.add(new StandInBotApi.RegisteredCommand(name, description));
		}
		StandInBotApi.CommandsKey key = commandsKey(p);
		if (registered.isEmpty()) {
			this.state.commands.remove(key);
		}
		else {
			this.state.commands.put(key, List.copyOf(registered));
		}
		return BooleanNode.TRUE;
	}

	private JsonNode getMyCommands(ObjectNode p) {
		ArrayNode result = Json.array();
		for (StandInBotApi.RegisteredCommand command : this.state.commands.getOrDefault(commandsKey(p), List.of())) {
			result.addObject().put("command", command.command()).put("description", command.description());
		}
		return result;
	}

	private JsonNode deleteMyCommands(ObjectNode p) {
		this.state.commands.remove(commandsKey(p));
		return BooleanNode.TRUE;
	}

	private StandInBotApi.CommandsKey commandsKey(ObjectNode p) {
		String language = Objects.requireNonNullElse(string(p, "language_code"), "");
		if (!language.isEmpty() && !language.matches("[a-z]{2}")) {
			throw BotApiException.badRequest("invalid language code specified");
		}
		JsonNode scope = p.get("scope");
		if (scope == null) {
			return new StandInBotApi.CommandsKey("default", null, null, language);
		}
		String type = scope.path("type").asText("");
		if (SCOPES_WITHOUT_CHAT.contains(type)) {
			return new StandInBotApi.CommandsKey(type, null, null, language);
		}
		if (!Set.of("chat", "chat_administrators", "chat_member").contains(type)) {
			throw BotApiException.badRequest("can't parse BotCommandScope: unsupported type \"" + type + "\"");
		}
		long chatId = chatId((ObjectNode) scope);
		Long userId = null;
		if (type.equals("chat_member")) {
			String user = Json.text(scope.get("user_id"));
			if (user == null || !NUMBER.matcher(user).matches()) {
				throw BotApiException.badRequest("user not found");
			}
			userId = Long.parseLong(user);
		}
		return new StandInBotApi.CommandsKey(type, chatId, userId, language);
	}

	// ------------------------------------------------------------------ webhook

	private JsonNode setWebhook(ObjectNode p) {
		String url = string(p, "url");
		if (url.isEmpty()) {
			this.state.webhook = null;
			return BooleanNode.TRUE;
		}
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			throw BotApiException.badRequest("bad webhook: Failed to parse URL");
		}
		if (!"https".equalsIgnoreCase(uri.getScheme())) {
			throw BotApiException.badRequest("bad webhook: An HTTPS URL must be provided for webhook");
		}
		if (uri.getHost() == null || uri.getHost().isEmpty()) {
			throw BotApiException.badRequest("bad webhook: Invalid URL host");
		}
		if (!Set.of(-1, 80, 88, 443, 8443).contains(uri.getPort())) {
			throw BotApiException.badRequest("bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443");
		}
		String secret = string(p, "secret_token");
		if (secret != null && !secret.isEmpty() && !SECRET_TOKEN.matcher(secret).matches()) {
			throw BotApiException.badRequest("secret token contains unallowed characters or is too long");
		}
		int maxConnections = p.has("max_connections") ? p.get("max_connections").asInt(40) : 40;
		if (maxConnections < 1 || maxConnections > 100) {
			throw BotApiException.badRequest("bad webhook: max_connections must be between 1 and 100");
		}
		List<String> allowed = new ArrayList<>();
		p.path("allowed_updates").forEach((type) -> allowed.add(type.asText()));
		if (bool(p, "drop_pending_updates")) {
			this.state.updates.dropPending();
		}
		this.state.webhook = new StandInBotApi.Webhook(url, (secret == null || secret.isEmpty()) ? null : secret,
				maxConnections, List.copyOf(allowed), Instant.now());
		return BooleanNode.TRUE;
	}

	private JsonNode deleteWebhook(ObjectNode p) {
		if (bool(p, "drop_pending_updates")) {
			this.state.updates.dropPending();
		}
		this.state.webhook = null;
		return BooleanNode.TRUE;
	}

	private JsonNode getWebhookInfo() {
		ObjectNode info = Json.object();
		StandInBotApi.Webhook webhook = this.state.webhook;
		info.put("url", (webhook != null) ? webhook.url() : "");
		info.put("has_custom_certificate", false);
		info.put("pending_update_count", this.state.updates.size());
		if (webhook != null) {
			info.put("max_connections", webhook.maxConnections());
			if (!webhook.allowedUpdates().isEmpty()) {
				ArrayNode allowed = info.putArray("allowed_updates");
				webhook.allowedUpdates().forEach(allowed::add);
			}
		}
		return info;
	}

	// ------------------------------------------------------------------ payments and files

	private JsonNode sendInvoice(ObjectNode p) {
		long chatId = chatId(p);
		String title = string(p, "title");
		String description = string(p, "description");
		String payload = string(p, "payload");
		String currency = string(p, "currency");
		if (title.isEmpty() || title.codePointCount(0, title.length()) > 32) {
			throw BotApiException.badRequest("TITLE_INVALID");
		}
		if (description.isEmpty() || description.codePointCount(0, description.length()) > 255) {
			throw BotApiException.badRequest("DESCRIPTION_INVALID");
		}
		int payloadBytes = payload.getBytes(StandardCharsets.UTF_8).length;
		if (payloadBytes < 1 || payloadBytes > 128) {
			throw BotApiException.badRequest("PAYLOAD_INVALID");
		}
		if (!currency.matches("[A-Z]{3}")) {
			throw BotApiException.badRequest("CURRENCY_INVALID");
		}
		long total = 0;
		JsonNode prices = p.get("prices");
		if (prices.isEmpty()) {
			throw BotApiException.badRequest("CURRENCY_TOTAL_AMOUNT_INVALID");
		}
		for (JsonNode price : prices) {
			if (Json.text(price.get("label")) == null || !price.path("amount").canConvertToLong()) {
				throw BotApiException.badRequest("can't parse prices JSON object");
			}
			total += price.path("amount").asLong();
		}
		if (total <= 0) {
			throw BotApiException.badRequest("CURRENCY_TOTAL_AMOUNT_INVALID");
		}
		JsonNode markup = ReplyMarkups.validate(p.get("reply_markup"), true);
		ChatRecord chat = this.state.chat(chatId);
		StoredMessage message = new StoredMessage(chatId, this.state.nextMessageId(chatId), "invoice", StandInState.now());
		message.text = title;
		ObjectNode invoice = message.extra.putObject("invoice");
		invoice.put("title", title);
		invoice.put("description", description);
		invoice.put("start_parameter", Objects.requireNonNullElse(string(p, "start_parameter"), ""));
		invoice.put("currency", currency);
		invoice.put("total_amount", total);
		setMarkup(message, markup);
		chat.botMessages.put(message.messageId, message);
		return this.state.messageJson(message);
	}

	private JsonNode answerPreCheckoutQuery(ObjectNode p) {
		String id = string(p, "pre_checkout_query_id");
		if (!this.state.openPreCheckoutQueries.contains(id)) {
			throw BotApiException.badRequest(QUERY_INVALID);
		}
		boolean ok = bool(p, "ok");
		String error = string(p, "error_message");
		if (!ok && (error == null || error.isBlank())) {
			throw BotApiException.badRequest("error_message is empty");
		}
		this.state.openPreCheckoutQueries.remove(id);
		this.state.preCheckoutAnswers.add(new StandInBotApi.PreCheckoutAnswer(id, ok, error, Instant.now()));
		return BooleanNode.TRUE;
	}

	private JsonNode getFile(ObjectNode p) {
		FileRecord file = this.state.files.get(string(p, "file_id"));
		if (file == null) {
			throw BotApiException.badRequest("invalid file_id");
		}
		if (file.size() > MAX_DOWNLOAD) {
			throw BotApiException.badRequest("file is too big");
		}
		ObjectNode json = Json.object();
		json.put("file_id", file.fileId());
		json.put("file_unique_id", file.fileUniqueId());
		json.put("file_size", file.size());
		json.put("file_path", file.path());
		return json;
	}

	/** Registers a file the stand-in issues an id for (an injected upload or a file the bot sent). */
	FileRecord newFile(String folder, String fileName, String mimeType, long size, byte[] content) {
		String fileId = this.state.nextId("BQACAgIAAxkBAAI");
		String uniqueId = this.state.nextId("AgAD");
		String extension = (fileName != null && fileName.contains(".")) ? fileName.substring(fileName.lastIndexOf('.')) : "";
		FileRecord file = new FileRecord(fileId, uniqueId, fileName, mimeType, size,
				folder + "/file_" + this.state.sequence + extension, content);
		this.state.files.put(fileId, file);
		return file;
	}

	private FileRecord inputFile(ObjectNode p, String field) {
		JsonNode value = p.get(field);
		if (value.isTextual() && value.asText().startsWith("attach://")) {
			value = p.path(value.asText().substring("attach://".length()));
		}
		if (value.isObject() && value.path("uploaded_file").asBoolean()) {
			return newFile(field + "s", value.path("file_name").asText("file"),
					value.path("mime_type").asText("application/octet-stream"), value.path("file_size").asLong(), null);
		}
		String text = Json.text(value);
		if (text != null && this.state.files.containsKey(text)) {
			return this.state.files.get(text);
		}
		if (text != null && (text.startsWith("http://") || text.startsWith("https://"))) {
			return newFile(field + "s", text.substring(text.lastIndexOf('/') + 1), "application/octet-stream", 10_000, null);
		}
		throw BotApiException.badRequest("wrong file identifier/HTTP URL specified");
	}

	// ------------------------------------------------------------------ helpers

	private Parsed parseText(String text, String parseMode, JsonNode entities, int max, String tooLong, String empty) {
		if (text == null || text.isEmpty()) {
			throw BotApiException.badRequest(empty);
		}
		Parsed parsed = TelegramTextParser.parse(text, parseMode, entities, this.state.strictHtmlAmpersand);
		if (parsed.text().isEmpty()) {
			throw BotApiException.badRequest(empty);
		}
		if (parsed.length() > max) {
			throw BotApiException.badRequest(tooLong);
		}
		return parsed;
	}

	private StoredMessage messageToEdit(ObjectNode p) {
		if (!p.has("chat_id") && p.has("inline_message_id")) {
			throw BotApiException.badRequest("message to edit not found"); // the stand-in never issues inline messages
		}
		long chatId = chatId(p);
		int messageId = messageId(p);
		ChatRecord chat = this.state.chats.get(chatId);
		StoredMessage message = (chat != null) ? chat.botMessages.get(messageId) : null;
		if (message == null) {
			if (chat != null && chat.userMessages.contains(messageId)) {
				throw BotApiException.badRequest("message can't be edited");
			}
			throw BotApiException.badRequest("message to edit not found");
		}
		return message;
	}

	private void checkReplyTarget(ObjectNode p, ChatRecord chat) {
		JsonNode parameters = p.get("reply_parameters");
		JsonNode target = (parameters != null) ? parameters.get("message_id") : p.get("reply_to_message_id");
		if (Json.absent(target)) {
			return;
		}
		int id = target.asInt();
		boolean allowWithout = (parameters != null) ? parameters.path("allow_sending_without_reply").asBoolean(false)
				: bool(p, "allow_sending_without_reply");
		if (!chat.botMessages.containsKey(id) && !chat.userMessages.contains(id) && !allowWithout) {
			throw BotApiException.badRequest("message to be replied not found");
		}
	}

	private static void setMarkup(StoredMessage message, JsonNode markup) {
		if (markup != null && markup.has("inline_keyboard")) {
			message.inlineMarkup = markup;
		}
		else {
			message.otherMarkup = markup;
		}
	}

	private static boolean sameEntities(ArrayNode a, ArrayNode b) {
		ArrayNode left = (a != null) ? a : Json.array();
		ArrayNode right = (b != null) ? b : Json.array();
		return left.equals(right);
	}

	/** {@code chat_id} as a number; {@code @username} and other text are refused as unknown chats. */
	static long chatId(ObjectNode p) {
		String text = Json.text(p.get("chat_id"));
		if (text == null || text.isBlank()) {
			throw BotApiException.badRequest("chat_id is empty");
		}
		text = text.trim();
		if (!NUMBER.matcher(text).matches() || Long.parseLong(text) == 0) {
			throw BotApiException.badRequest("chat not found");
		}
		return Long.parseLong(text);
	}

	private static int messageId(ObjectNode p) {
		String text = Json.text(p.get("message_id"));
		if (text == null || text.isBlank()) {
			throw BotApiException.badRequest("message identifier is not specified");
		}
		if (!NUMBER.matcher(text.trim()).matches() || Long.parseLong(text.trim()) <= 0
				|| Long.parseLong(text.trim()) > Integer.MAX_VALUE) {
			throw BotApiException.badRequest("MESSAGE_ID_INVALID");
		}
		return Integer.parseInt(text.trim());
	}

	private static String string(ObjectNode p, String name) {
		return Json.text(p.get(name));
	}

	private static boolean bool(ObjectNode p, String name) {
		JsonNode value = p.get(name);
		if (Json.absent(value)) {
			return false;
		}
		if (value.isBoolean()) {
			return value.asBoolean();
		}
		String text = value.asText().trim().toLowerCase(Locale.ROOT);
		return text.equals("true") || text.equals("1");
	}

}
