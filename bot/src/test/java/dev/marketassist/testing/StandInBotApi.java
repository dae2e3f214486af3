package dev.marketassist.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;

import dev.marketassist.testing.StandInState.CallbackQueryRecord;
import dev.marketassist.testing.StandInState.ChatRecord;
import dev.marketassist.testing.StandInState.Fault;
import dev.marketassist.testing.StandInState.FileRecord;
import dev.marketassist.testing.StandInState.StoredMessage;

/**
 * A stand-in for the Telegram Bot API server, for end-to-end tests: an HTTP server on 127.0.0.1 that the
 * real TelegramBots client (long polling and {@code OkHttpTelegramClient}) talks to as if it were
 * {@code api.telegram.org}, with Telegram's semantics and error answers.
 * <p>
 * What it does:
 * <ul>
 * <li>answers {@code /bot<token>/<method>} (GET or POST; JSON, form or multipart bodies; method names
 * case-insensitive, as TelegramBots sends them in lower case), checks every request against the Bot API 10.1
 * spec ({@code telegram-bot-api/api.json}): unknown method 404, wrong token 401, missing or mistyped
 * parameter 400;</li>
 * <li>implements getMe, getUpdates (long poll), sendMessage, editMessageText, editMessageReplyMarkup,
 * deleteMessage, answerCallbackQuery, set/get/deleteMyCommands, set/delete/getWebhookInfo, sendChatAction,
 * sendInvoice, answerPreCheckoutQuery, getFile (and {@code /file/bot<token>/<path>} downloads), sendDocument,
 * sendPhoto; other methods that return {@code True} are accepted and recorded; the rest answer 500
 * "not implemented", so a test fails loudly instead of silently;</li>
 * <li>parses HTML / MarkdownV2 / Markdown like Telegram ({@link TelegramTextParser}) and applies its limits
 * (4096 characters after parsing, 1..64-byte {@code callback_data}, "message is not modified", ...);</li>
 * <li>keeps every message the bot sent per chat, in its current state ({@link #messages(long)});</li>
 * <li>lets the test act as users ({@code inject*}, {@link #clickButton}) and as Telegram's trouble
 * ({@link #failNext}, {@link #rateLimitNext}, {@link #enforceFloodLimits}, {@link #redeliver}).</li>
 * </ul>
 * A typical end-to-end test:
 * <pre>
 * static final StandInBotApi telegram = StandInBotApi.start("123456:TEST");
 *
 * &#64;DynamicPropertySource
 * static void telegram(DynamicPropertyRegistry registry) {
 *     registry.add("market.telegram.api-url", telegram::baseUrl);   // TELEGRAM_API_URL
 *     registry.add("market.telegram.token", telegram::token);       // TELEGRAM_BOT_TOKEN
 * }
 *
 * &#64;Test
 * void welcomesASeller() {
 *     TgUser ann = TgUser.of(1001, "Ann");
 *     telegram.injectText(ann, "/start");
 *     SentMessage welcome = telegram.awaitText(ann.chatId(), "Welcome");
 *     telegram.clickButton(ann, welcome, "Register");
 *     telegram.awaitMessage(ann.chatId(), (m) -&gt; m.text().contains("company name"), Duration.ofSeconds(5));
 *     assertThat(telegram.unansweredCallbackQueries()).isEmpty();
 * }
 * </pre>
 * Stop the bot's long polling before {@link #close()} (see {@code STACK.md} P13), and call {@link #reset()}
 * between tests that share one instance.
 * <p>
 * Thread-safe: all state sits behind one lock; the answers of the query methods are immutable snapshots.
 * Ids only grow for the life of the instance (update ids from 1000, message ids per chat, query ids), even
 * across {@link #reset()}, because a running bot remembers them.
 */
public final class StandInBotApi implements AutoCloseable {

	/** How long {@link #awaitMessage(long, Predicate)} and {@link #awaitText} wait by default. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

	/** {@code first_name} of the bot in getMe and in {@code from} of its messages. */
	public static final String BOT_FIRST_NAME = "Market Assistant Test";

	/** {@code username} of the bot. */
	public static final String BOT_USERNAME = "market_test_bot";

	/**
	 * A webhook the bot registered with setWebhook.
	 * @param url the HTTPS URL
	 * @param secretToken the {@code secret_token}, or {@code null}
	 * @param maxConnections {@code max_connections} (40 if not given)
	 * @param allowedUpdates {@code allowed_updates}; empty if not given
	 * @param setAt when it was registered
	 */
	public record Webhook(String url, String secretToken, int maxConnections, List<String> allowedUpdates, Instant setAt) {
	}

	/**
	 * Where a command list applies: a {@code BotCommandScope} and a language, as in setMyCommands.
	 * @param scopeType {@code default}, {@code all_private_chats}, {@code all_group_chats},
	 * {@code all_chat_administrators}, {@code chat}, {@code chat_administrators} or {@code chat_member}
	 * @param chatId the scope's chat for the last three types, else {@code null}
	 * @param userId the scope's user for {@code chat_member}, else {@code null}
	 * @param languageCode the two-letter language, or {@code ""} for all languages
	 */
	public record CommandsKey(String scopeType, Long chatId, Long userId, String languageCode) {

		/** The default scope for {@code languageCode} ({@code ""} for all languages). */
		public static CommandsKey defaultScope(String languageCode) {
			return new CommandsKey("default", null, null, languageCode);
		}

		/** A scope without chat ({@code all_private_chats}, ...) for {@code languageCode}. */
		public static CommandsKey of(String scopeType, String languageCode) {
			return new CommandsKey(scopeType, null, null, languageCode);
		}

		/** The {@code chat} scope of one chat for {@code languageCode}. */
		public static CommandsKey chat(long chatId, String languageCode) {
			return new CommandsKey("chat", chatId, null, languageCode);
		}

	}

	/** A command of the bot's menu, as set with setMyCommands. */
	public record RegisteredCommand(String command, String description) {
	}

	/** The bot's answerPreCheckoutQuery. */
	public record PreCheckoutAnswer(String preCheckoutQueryId, boolean ok, String errorMessage, Instant at) {
	}

	private final Object lock = new Object();

	private final String token;

	private final StandInState state;

	private final BotApiMethods methods;

	private final HttpServer server;

	private final ExecutorService executor;

	private final BotApiEndpoint endpoint;

	private StandInBotApi(String token) throws IOException {
		this.token = token;
		ObjectNode bot = Json.object();
		bot.put("id", botIdOf(token));
		bot.put("is_bot", true);
		bot.put("first_name", BOT_FIRST_NAME);
		bot.put("username", BOT_USERNAME);
		this.state = new StandInState(bot);
		this.methods = new BotApiMethods(this.state, this.lock);
		AtomicInteger threads = new AtomicInteger();
		this.executor = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "stand-in-bot-api-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
		this.server.setExecutor(this.executor);
		this.endpoint = new BotApiEndpoint(token, this.state, this.methods, this.lock);
		this.server.createContext("/", this.endpoint);
	}

	/**
	 * Starts a stand-in on 127.0.0.1 on a free port.
	 * @param token the bot token the bot will use; requests with another token get 401. The bot's user id is
	 * the number before the colon ({@code "123456:ABC"} → 123456) when there is one.
	 */
	public static StandInBotApi start(String token) {
		Objects.requireNonNull(token, "token");
		try {
			StandInBotApi api = new StandInBotApi(token);
			api.server.start();
			return api;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the stand-in Bot API", ex);
		}
	}

	/**
	 * Calls {@code listener} with every message the bot sends or edits (as it is after the call), on the
	 * request's thread, outside the stand-in's lock: for drivers that follow many chats at once without
	 * waking on every call (the benchmark). Keep it quick.
	 */
	public void onBotMessage(java.util.function.Consumer<SentMessage> listener) {
		this.endpoint.addListener(listener);
	}

	/** The base URL to configure as the Bot API URL, {@code http://127.0.0.1:<port>}. */
	public String baseUrl() {
		return "http://127.0.0.1:" + port();
	}

	/** The port the stand-in listens on (127.0.0.1). */
	public int port() {
		return this.server.getAddress().getPort();
	}

	/** The bot token this stand-in accepts. */
	public String token() {
		return this.token;
	}

	/** The bot's user id (getMe). */
	public long botId() {
		return this.state.botUser.get("id").asLong();
	}

	/**
	 * Stops the server within about half a second: blocked getUpdates calls return {@code []} first, so
	 * pollers see a clean answer. Stop the bot's long polling before, or it will log connection errors.
	 */
	@Override
	public void close() {
		synchronized (this.lock) {
			if (this.state.closed) {
				return;
			}
			this.state.closed = true;
			this.lock.notifyAll();
		}
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
		while (this.endpoint.activeExchanges() > 0 && System.nanoTime() < deadline) {
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		this.server.stop(0);
		this.executor.shutdownNow();
		int wasted;
		synchronized (this.lock) {
			wasted = this.state.notModifiedAllowed ? 0 : this.state.notModified;
		}
		if (wasted > 0) {
			throw new AssertionError("The bot made " + wasted + " edit(s) that changed nothing (400 \"message is not"
					+ " modified\"): a wasted Bot API call each; see notModifiedCount()");
		}
	}

	// ================================================================== injecting updates

	/**
	 * A user sends a text message to the bot in their private chat (chat id = user id). Text starting with
	 * {@code /} gets a {@code bot_command} entity, as Telegram adds; {@code "/start payload"} is a deep link.
	 * @return the update's id
	 */
	public long injectText(TgUser from, String text) {
		synchronized (this.lock) {
			ChatRecord chat = this.state.privateChatOf(from);
			int messageId = userMessageId(chat);
			return enqueue(Updates.update("message",
					Updates.textMessage(messageId, from, chat.json, StandInState.now(), text)));
		}
	}

	/**
	 * A user sends a text message in a chat: a group when {@code chatId < 0}, else their private chat
	 * ({@code chatId} must then be the user's id).
	 * @return the update's id
	 */
	public long injectText(long chatId, TgUser from, String text) {
		if (chatId > 0) {
			if (chatId != from.id()) {
				throw new IllegalArgumentException("A private chat's id is the user's id: " + from.id() + ", not " + chatId);
			}
			return injectText(from, text);
		}
		synchronized (this.lock) {
			ChatRecord chat = this.state.chat(chatId);
			int messageId = userMessageId(chat);
			return enqueue(Updates.update("message",
					Updates.textMessage(messageId, from, chat.json, StandInState.now(), text)));
		}
	}

	/**
	 * A user presses an inline button: a {@code callback_query} with a new id, {@code data}, and the bot's
	 * message as the stand-in has it now (current text and keyboard). The bot must then answer the query
	 * (see {@link #callbackAnswers()}).
	 * @throws IllegalArgumentException if the bot has no such message or it has no button with this
	 * {@code callback_data} (a user can only press buttons that are there; use {@link #injectRaw} to forge one)
	 * @return the update's id
	 */
	public long injectCallback(TgUser from, long chatId, int messageId, String data) {
		synchronized (this.lock) {
			StoredMessage message = storedMessage(chatId, messageId);
			boolean present = ReplyMarkups.inlineKeyboard(message.inlineMarkup).stream()
				.flatMap(List::stream)
				.anyMatch((button) -> data.equals(button.callbackData()));
			if (!present) {
				throw new IllegalArgumentException("Message " + messageId + " in chat " + chatId
						+ " has no button with callback_data \"" + data + "\"; it is " + this.state.snapshot(message).describe());
			}
			String id = String.valueOf(4_382_000_000_000_000_000L + this.state.sequence++);
			this.state.openCallbackQueries.put(id, new CallbackQueryRecord(id, chatId, messageId, data));
			String chatInstance = String.valueOf(Math.abs(chatId * 1_000_003L ^ botId()));
			return enqueue(Updates.update("callback_query",
					Updates.callbackQuery(id, from, this.state.messageJson(message), chatInstance, data)));
		}
	}

	/**
	 * A button press a modified client could send: {@code data} the bot never gave this user, as a
	 * {@code callback_query} on the user's own chat's message {@code messageId} (whatever that
	 * message's buttons are). The bot must still answer it.
	 * @return the callback query's id
	 */
	public String injectForgedCallback(TgUser from, int messageId, String data) {
		String id = "forged-" + System.nanoTime();
		injectRaw("""
				{"callback_query": {"id": "%s", "from": {"id": %d, "is_bot": false, "first_name": "%s", "language_code": "en"},
				 "message": {"message_id": %d, "from": {"id": %d, "is_bot": true, "first_name": "Bot"},
				  "chat": {"id": %d, "type": "private", "first_name": "%s"}, "date": %d, "text": "…"},
				 "chat_instance": "1", "data": "%s"}}
				""".formatted(id, from.id(), from.firstName(), messageId, botId(), from.chatId(), from.firstName(),
				java.time.Instant.now().getEpochSecond(), data));
		return id;
	}

	/**
	 * A user presses the inline button labelled {@code buttonText} of the bot's message.
	 * @throws IllegalArgumentException if there is no such callback button
	 * @return the update's id
	 */
	public long clickButton(TgUser from, long chatId, int messageId, String buttonText) {
		String data;
		synchronized (this.lock) {
			SentMessage message = this.state.snapshot(storedMessage(chatId, messageId));
			data = message.button(buttonText)
				.map(SentMessage.Button::callbackData)
				.orElseThrow(() -> new IllegalArgumentException(
						"No callback button \"" + buttonText + "\" in " + message.describe()));
		}
		return injectCallback(from, chatId, messageId, data);
	}

	/** {@link #clickButton(TgUser, long, int, String)} on a message snapshot. */
	public long clickButton(TgUser from, SentMessage message, String buttonText) {
		return clickButton(from, message.chatId(), message.messageId(), buttonText);
	}

	/**
	 * A user sends a file in their private chat. Its content (for {@code /file/...} downloads) is
	 * {@code size} zero bytes.
	 * @return the update's id
	 */
	public long injectDocument(TgUser from, String fileName, String mimeType, long size) {
		return injectDocument(from, fileName, mimeType, size, null);
	}

	/**
	 * A user sends a file with this content in their private chat.
	 * @return the update's id
	 */
	public long injectDocument(TgUser from, String fileName, String mimeType, byte[] content) {
		return injectDocument(from, fileName, mimeType, content.length, content.clone());
	}

	private long injectDocument(TgUser from, String fileName, String mimeType, long size, byte[] content) {
		synchronized (this.lock) {
			ChatRecord chat = this.state.privateChatOf(from);
			FileRecord file = this.methods.newFile("documents", fileName, mimeType, size, content);
			ObjectNode message = Updates.message(userMessageId(chat), from, chat.json, StandInState.now());
			message.set("document", Updates.document(file.fileId(), file.fileUniqueId(), fileName, mimeType, size));
			return enqueue(Updates.update("message", message));
		}
	}

	/**
	 * A user sends a photo in their private chat: three sizes (90x67, 320x240, 1280x960), the largest of
	 * {@code size} bytes.
	 * @return the update's id
	 */
	public long injectPhoto(TgUser from, long size) {
		synchronized (this.lock) {
			ChatRecord chat = this.state.privateChatOf(from);
			ObjectNode message = Updates.message(userMessageId(chat), from, chat.json, StandInState.now());
			var photo = message.putArray("photo");
			int[][] dimensions = { { 90, 67, 20 }, { 320, 240, 5 }, { 1280, 960, 1 } };
			for (int[] d : dimensions) {
				FileRecord file = this.methods.newFile("photos", "photo.jpg", "image/jpeg", Math.max(1, size / d[2]), null);
				photo.add(Updates.photoSize(file.fileId(), file.fileUniqueId(), d[0], d[1], file.size()));
			}
			return enqueue(Updates.update("message", message));
		}
	}

	/**
	 * A user sends a sticker in their private chat.
	 * @return the update's id
	 */
	public long injectSticker(TgUser from) {
		synchronized (this.lock) {
			ChatRecord chat = this.state.privateChatOf(from);
			FileRecord file = this.methods.newFile("stickers", "sticker.webp", "image/webp", 18_000, null);
			ObjectNode message = Updates.message(userMessageId(chat), from, chat.json, StandInState.now());
			message.set("sticker", Updates.sticker(file.fileId(), file.fileUniqueId()));
			return enqueue(Updates.update("message", message));
		}
	}

	/**
	 * A user shares their own contact (the "share my phone number" button of a reply keyboard).
	 * @return the update's id
	 */
	public long injectContact(TgUser from, String phoneNumber) {
		synchronized (this.lock) {
			ChatRecord chat = this.state.privateChatOf(from);
			ObjectNode message = Updates.message(userMessageId(chat), from, chat.json, StandInState.now());
			message.set("contact", Updates.contact(phoneNumber, from.firstName(), from.id()));
			return enqueue(Updates.update("message", message));
		}
	}

	/**
	 * A user confirms payment of an invoice: a {@code pre_checkout_query} the bot must answer (within 10 s
	 * in reality) with answerPreCheckoutQuery (see {@link #preCheckoutAnswers()}).
	 * @param totalAmount in the smallest units of the currency (fen for CNY)
	 * @return the update's id; the query id is {@code injectedUpdate(id).at("/pre_checkout_query/id")}
	 */
	public long injectPreCheckoutQuery(TgUser from, String payload, String currency, int totalAmount) {
		synchronized (this.lock) {
			this.state.privateChatOf(from);
			String id = String.valueOf(5_917_000_000_000_000_000L + this.state.sequence++);
			this.state.openPreCheckoutQueries.add(id);
			return enqueue(Updates.update("pre_checkout_query",
					Updates.preCheckoutQuery(id, from, currency, totalAmount, payload)));
		}
	}

	/**
	 * The payment went through: a service message with {@code successful_payment} in the user's private chat.
	 * @return the update's id
	 */
	public long injectSuccessfulPayment(TgUser from, String payload, String currency, int totalAmount) {
		synchronized (this.lock) {
			ChatRecord chat = this.state.privateChatOf(from);
			ObjectNode message = Updates.message(userMessageId(chat), from, chat.json, StandInState.now());
			long n = this.state.sequence++;
			message.set("successful_payment", Updates.successfulPayment(currency, totalAmount, payload,
					"stand-in-tg-charge-" + n, "stand-in-provider-charge-" + n));
			return enqueue(Updates.update("message", message));
		}
	}

	/**
	 * The user blocks the bot: a {@code my_chat_member} update ({@code member} → {@code kicked}); from now on
	 * sending to their chat answers 403 "Forbidden: bot was blocked by the user".
	 * @return the update's id
	 */
	public long injectBotBlocked(TgUser from) {
		return chatMemberChange(from, "member", "kicked", true);
	}

	/**
	 * The user unblocks the bot ({@code kicked} → {@code member}); sending works again.
	 * @return the update's id
	 */
	public long injectBotUnblocked(TgUser from) {
		return chatMemberChange(from, "kicked", "member", false);
	}

	private long chatMemberChange(TgUser from, String oldStatus, String newStatus, boolean blocked) {
		synchronized (this.lock) {
			this.state.privateChatOf(from).blocked = blocked;
			return enqueue(Updates.update("my_chat_member",
					Updates.myChatMember(from, this.state.botUser, oldStatus, newStatus, StandInState.now())));
		}
	}

	/**
	 * Queues any update, given as JSON. The {@code update_id} is assigned when missing. A
	 * {@code callback_query} or {@code pre_checkout_query} in it becomes answerable, and a message's id
	 * is remembered as the user's.
	 * @return the update's id
	 * @throws IllegalArgumentException if it is not a JSON object
	 */
	public long injectRaw(String updateJson) {
		JsonNode json;
		try {
			json = Json.parse(updateJson);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Not JSON: " + updateJson, ex);
		}
		if (!json.isObject()) {
			throw new IllegalArgumentException("An update is a JSON object: " + updateJson);
		}
		synchronized (this.lock) {
			JsonNode query = json.path("callback_query");
			if (query.hasNonNull("id")) {
				JsonNode message = query.path("message");
				String id = query.get("id").asText();
				this.state.openCallbackQueries.put(id, new CallbackQueryRecord(id, message.path("chat").path("id").asLong(),
						message.path("message_id").asInt(), query.path("data").asText(null)));
			}
			JsonNode preCheckout = json.path("pre_checkout_query");
			if (preCheckout.hasNonNull("id")) {
				this.state.openPreCheckoutQueries.add(preCheckout.get("id").asText());
			}
			JsonNode message = json.path("message");
			if (message.path("chat").hasNonNull("id") && message.hasNonNull("message_id")) {
				long chatId = message.path("chat").path("id").asLong();
				int messageId = message.get("message_id").asInt();
				this.state.chat(chatId).userMessages.add(messageId);
				this.state.lastMessageIds.merge(chatId, messageId, Math::max);
			}
			return enqueue((ObjectNode) json);
		}
	}

	/**
	 * Queues an update that was injected before once more, with the same {@code update_id}: a duplicate
	 * delivery, as after a restart that lost the offset or a webhook retry. It is delivered by the next
	 * getUpdates even if it was already confirmed (its id is below the offset), then forgotten.
	 * <p>
	 * Note: one TelegramBots long-polling session drops updates whose id is not above the last one it saw,
	 * so the bot sees the duplicate only from a new session (unregister and register the bot again).
	 * @throws IllegalArgumentException if no such update was injected since the last {@link #reset()}
	 */
	public void redeliver(long updateId) {
		synchronized (this.lock) {
			this.state.updates.redeliver(updateId);
			this.lock.notifyAll();
		}
	}

	/** An update as it was injected (a copy). @throws IllegalArgumentException if there is none */
	public JsonNode injectedUpdate(long updateId) {
		synchronized (this.lock) {
			ObjectNode update = this.state.updates.get(updateId);
			if (update == null) {
				throw new IllegalArgumentException("No update " + updateId + " was injected since the last reset()");
			}
			return update.deepCopy();
		}
	}

	/** How many updates wait to be delivered or confirmed. */
	public int pendingUpdateCount() {
		synchronized (this.lock) {
			return this.state.updates.size();
		}
	}

	// ================================================================== what the bot did

	/** Every request the bot made, in order of arrival. */
	public List<ApiCall> calls() {
		synchronized (this.lock) {
			return List.copyOf(this.state.calls);
		}
	}

	/** The requests to one method ({@code "sendMessage"} or {@code "sendmessage"}), in order of arrival. */
	public List<ApiCall> calls(String method) {
		String name = method.toLowerCase(Locale.ROOT);
		synchronized (this.lock) {
			return this.state.calls.stream().filter((call) -> call.method().equals(name)).toList();
		}
	}

	/**
	 * Waits until at least {@code count} requests to {@code method} arrived.
	 * @return all requests to the method
	 * @throws AssertionError after {@code timeout}, listing the requests there were
	 */
	public List<ApiCall> awaitCalls(String method, int count, Duration timeout) {
		return await(timeout, () -> {
			List<ApiCall> calls = calls(method);
			return (calls.size() >= count) ? calls : null;
		}, () -> "Expected " + count + " " + method + " call(s) within " + timeout + "; got " + calls(method).size()
				+ ". Last calls:\n"
				+ describeCalls(this.state.calls.subList(Math.max(0, this.state.calls.size() - 20), this.state.calls.size())));
	}

	/** The bot's messages in a chat, oldest first, as they are now (deleted ones are gone). */
	public List<SentMessage> messages(long chatId) {
		synchronized (this.lock) {
			return this.state.snapshots(chatId);
		}
	}

	/**
	 * The bot's newest message in a chat.
	 * @throws AssertionError if it sent none there
	 */
	public SentMessage lastMessage(long chatId) {
		List<SentMessage> messages = messages(chatId);
		if (messages.isEmpty()) {
			throw new AssertionError("The bot has no message in chat " + chatId);
		}
		return messages.get(messages.size() - 1);
	}

	/**
	 * Waits until one of the bot's messages in the chat, as it is now (so including edits), matches.
	 * Messages that matched before the call count too: to wait for a new one, also test
	 * {@code m.messageId() > known} or {@code m.editCount() > known}.
	 * @return the newest matching message
	 * @throws AssertionError after {@code timeout}, listing the chat's messages and the bot's failed calls
	 */
	public SentMessage awaitMessage(long chatId, Predicate<SentMessage> condition, Duration timeout) {
		return await(timeout, () -> {
			List<SentMessage> messages = this.state.snapshots(chatId);
			for (int i = messages.size() - 1; i >= 0; i--) {
				if (condition.test(messages.get(i))) {
					return messages.get(i);
				}
			}
			return null;
		}, () -> describeChat(chatId, timeout));
	}

	/** {@link #awaitMessage(long, Predicate, Duration)} with {@link #DEFAULT_TIMEOUT}. */
	public SentMessage awaitMessage(long chatId, Predicate<SentMessage> condition) {
		return awaitMessage(chatId, condition, DEFAULT_TIMEOUT);
	}

	/** Waits (for {@link #DEFAULT_TIMEOUT}) until a message of the bot in the chat contains {@code fragment}. */
	public SentMessage awaitText(long chatId, String fragment) {
		return awaitMessage(chatId, (message) -> message.text().contains(fragment), DEFAULT_TIMEOUT);
	}

	/** The bot's answers to callback queries, in order. */
	public List<CallbackAnswer> callbackAnswers() {
		synchronized (this.lock) {
			return List.copyOf(this.state.callbackAnswers);
		}
	}

	/** Ids of injected callback queries the bot has not answered yet (Telegram shows a spinner for them). */
	public List<String> unansweredCallbackQueries() {
		synchronized (this.lock) {
			return List.copyOf(this.state.openCallbackQueries.keySet());
		}
	}

	/** The bot's answers to pre-checkout queries, in order. */
	public List<PreCheckoutAnswer> preCheckoutAnswers() {
		synchronized (this.lock) {
			return List.copyOf(this.state.preCheckoutAnswers);
		}
	}

	/** The command lists the bot has set, by scope and language. */
	public Map<CommandsKey, List<RegisteredCommand>> commands() {
		synchronized (this.lock) {
			return new LinkedHashMap<>(this.state.commands);
		}
	}

	/** The command list for one scope and language (no fallback to other languages); empty if none was set. */
	public List<RegisteredCommand> commands(CommandsKey key) {
		synchronized (this.lock) {
			return this.state.commands.getOrDefault(key, List.of());
		}
	}

	/** The webhook the bot set, if any. */
	public Optional<Webhook> webhook() {
		synchronized (this.lock) {
			return Optional.ofNullable(this.state.webhook);
		}
	}

	/**
	 * Forgets messages, updates, calls, answers, commands, the webhook, files, blocked chats and pending
	 * faults, and turns flood limits off and strict {@code &} checking back on. Ids keep growing (see the
	 * class comment).
	 */
	public void reset() {
		synchronized (this.lock) {
			this.state.reset();
			this.lock.notifyAll();
		}
	}

	// ================================================================== trouble

	/**
	 * The next {@code count} requests to {@code method} (any case; {@code "*"} for any method but getUpdates)
	 * fail with {@code {"ok":false,"error_code":httpStatus,"description":description}} before anything else is
	 * checked, as when Telegram has trouble (502, 500) or for an answer the stand-in cannot produce otherwise.
	 */
	public void failNext(String method, int count, int httpStatus, String description) {
		if (httpStatus < 400 || httpStatus > 599) {
			throw new IllegalArgumentException("An error status is 4xx or 5xx, got " + httpStatus);
		}
		synchronized (this.lock) {
			this.state.addFault(method.toLowerCase(Locale.ROOT), count, new Fault(httpStatus, description, null));
		}
	}

	/**
	 * The next {@code count} requests to {@code method} (any case; {@code "*"} for any method but getUpdates)
	 * answer 429 {@code "Too Many Requests: retry after N"} with {@code parameters.retry_after = N}.
	 */
	public void rateLimitNext(String method, int count, int retryAfterSeconds) {
		synchronized (this.lock) {
			this.state.addFault(method.toLowerCase(Locale.ROOT), count,
					new Fault(429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds));
		}
	}

	/**
	 * Turns Telegram's flood limits on or off (off by default). When on, sending methods (send*, copy*,
	 * forward*, but not sendChatAction; edits and callback answers are free) answer 429 with a computed {@code retry_after} when the bot exceeds:
	 * 30 messages in any second overall; 20 messages per minute to one group chat; in a private chat, a burst
	 * beyond a bucket of 3 refilled at one per second. See {@link FloodControl}.
	 */
	public void enforceFloodLimits(boolean on) {
		synchronized (this.lock) {
			this.state.floodLimits = on;
			this.state.flood.reset();
		}
	}

	/**
	 * Every later request waits half of {@code roundTrip} before it is handled and half before its answer
	 * leaves (getUpdates included), as a Bot API call across the internet does. Zero by default.
	 */
	public void roundTrip(Duration roundTrip) {
		synchronized (this.lock) {
			this.state.roundTripNanos = roundTrip.toNanos();
		}
	}

	/**
	 * The next {@code count} requests to {@code method} (any case; {@code "*"} for any method but getUpdates)
	 * are not handled: the stand-in sends the headers of a 200 answer and then nothing for a minute, as a
	 * connection that stalls mid-answer.
	 */
	public void hangNext(String method, int count) {
		synchronized (this.lock) {
			this.state.addFault(method.toLowerCase(Locale.ROOT), count,
					new StandInState.Fault(StandInState.Fault.HANG, "hang", null));
		}
	}

	/** How many 400 "message is not modified" answers the stand-in gave since start or {@link #reset()}. */
	public int notModifiedCount() {
		synchronized (this.lock) {
			return this.state.notModified;
		}
	}

	/**
	 * Whether edits that change nothing are expected (tests of the stand-in itself). Otherwise {@link #close()}
	 * fails when the bot made any: Telegram answers them 400 "message is not modified", a wasted call.
	 */
	public void allowNotModified(boolean allowed) {
		synchronized (this.lock) {
			this.state.notModifiedAllowed = allowed;
		}
	}

	/** How many 429 answers the stand-in gave (injected and flood limits) since start or {@link #reset()}. */
	public int rateLimitedCount() {
		synchronized (this.lock) {
			return this.state.rateLimited;
		}
	}

	/**
	 * Whether HTML text with a bare {@code &} (not starting {@code &lt;}, {@code &amp;}, ...) is refused (default
	 * on). Telegram itself keeps a bare {@code &}; the stand-in refuses it so that unescaped user text shows up
	 * in tests.
	 */
	public void strictHtmlAmpersand(boolean strict) {
		synchronized (this.lock) {
			this.state.strictHtmlAmpersand = strict;
		}
	}

	// ================================================================== helpers

	private long enqueue(ObjectNode update) {
		long id = this.state.updates.add(update);
		this.lock.notifyAll();
		return id;
	}

	private int userMessageId(ChatRecord chat) {
		int id = this.state.nextMessageId(chat.id);
		chat.userMessages.add(id);
		return id;
	}

	private StoredMessage storedMessage(long chatId, int messageId) {
		ChatRecord chat = this.state.chats.get(chatId);
		StoredMessage message = (chat != null) ? chat.botMessages.get(messageId) : null;
		if (message == null) {
			throw new IllegalArgumentException("The bot has no message " + messageId + " in chat " + chatId
					+ "; it has " + this.state.snapshots(chatId).stream().map(SentMessage::describe).toList());
		}
		return message;
	}

	private interface Check<T> {

		/** The value once the condition holds, else {@code null}. Called with the lock held. */
		T poll();

	}

	private <T> T await(Duration timeout, Check<T> check, Supplier<String> failure) {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.lock) {
			while (true) {
				T value = check.poll();
				if (value != null) {
					return value;
				}
				long remaining = deadline - System.nanoTime();
				if (remaining <= 0) {
					throw new AssertionError(failure.get());
				}
				try {
					TimeUnit.NANOSECONDS.timedWait(this.lock, remaining);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new AssertionError("Interrupted while waiting", ex);
				}
			}
		}
	}

	private String describeChat(long chatId, Duration timeout) {
		List<SentMessage> messages = this.state.snapshots(chatId);
		StringBuilder text = new StringBuilder("No message of the bot in chat " + chatId + " matched within " + timeout + ". ");
		if (messages.isEmpty()) {
			text.append("The bot has sent nothing there.");
		}
		else {
			text.append("The chat has ").append(messages.size()).append(" message(s):");
			messages.forEach((message) -> text.append("\n  ").append(message.describe()));
		}
		List<ApiCall> failed = new ArrayList<>();
		for (ApiCall call : this.state.calls) {
			if (!call.ok() && Objects.equals(call.chatId(), chatId)) {
				failed.add(call);
			}
		}
		if (!failed.isEmpty()) {
			text.append("\nFailed calls for this chat (last 5):\n")
				.append(describeCalls(failed.subList(Math.max(0, failed.size() - 5), failed.size())));
		}
		return text.toString();
	}

	private static String describeCalls(List<ApiCall> calls) {
		return calls.stream().map((call) -> "  " + call).collect(Collectors.joining("\n"));
	}

	private static long botIdOf(String token) {
		int colon = token.indexOf(':');
		if (colon > 0) {
			try {
				return Long.parseLong(token.substring(0, colon));
			}
			catch (NumberFormatException ex) {
				// not a numeric prefix: fall through
			}
		}
		return 7_000_000_001L;
	}

}
