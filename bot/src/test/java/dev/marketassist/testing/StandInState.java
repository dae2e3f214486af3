package dev.marketassist.testing;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Everything the stand-in Bot API remembers. Guarded by the stand-in's lock: every access happens
 * inside {@code synchronized (lock)}.
 */
final class StandInState {

	/** A chat the bot talks in: its {@code Chat} object and the messages in it. */
	static final class ChatRecord {

		final long id;

		ObjectNode json;

		final Map<Integer, StoredMessage> botMessages = new LinkedHashMap<>();

		final Set<Integer> userMessages = new HashSet<>();

		boolean blocked;

		ChatRecord(long id, ObjectNode json) {
			this.id = id;
			this.json = json;
		}

	}

	/** A message the bot sent, in its current state. */
	static final class StoredMessage {

		final long chatId;

		final int messageId;

		final String kind;

		final long date;

		String text;

		String parseMode;

		ArrayNode entities;

		/** The inline keyboard, or {@code null}. */
		JsonNode inlineMarkup;

		/** A reply keyboard / remove / force-reply markup sent with the message, or {@code null}. */
		JsonNode otherMarkup;

		/** Fields of a media or invoice message ({@code document}, {@code photo}, {@code invoice}). */
		ObjectNode extra = Json.object();

		Long editDate;

		int editCount;

		final List<String> previousTexts = new ArrayList<>();

		StoredMessage(long chatId, int messageId, String kind, long date) {
			this.chatId = chatId;
			this.messageId = messageId;
			this.kind = kind;
			this.date = date;
		}

	}

	record CallbackQueryRecord(String id, long chatId, int messageId, String data) {
	}

	record FileRecord(String fileId, String fileUniqueId, String fileName, String mimeType, long size, String path,
			byte[] content) {
	}

	/** An injected answer; {@code httpStatus} 0 is a hang: headers sent, then the body never comes. */
	record Fault(int httpStatus, String description, Integer retryAfter) {

		static final int HANG = 0;

		BotApiException toException() {
			return new BotApiException(this.httpStatus, this.description, this.retryAfter);
		}

	}

	final ObjectNode botUser;

	boolean closed;

	boolean floodLimits;

	boolean strictHtmlAmpersand = true;

	final FloodControl flood = new FloodControl();

	final UpdateQueue updates = new UpdateQueue();

	/** Incremented by every getUpdates: a blocked poll that sees another one answers 409. */
	long pollGeneration;

	List<String> allowedUpdates = List.of();

	final Map<Long, ChatRecord> chats = new HashMap<>();

	/** Last message id per chat; survives {@link #reset()} so ids are never reused. */
	final Map<Long, Integer> lastMessageIds = new HashMap<>();

	/** Source of unique ids (callback queries, files); survives {@link #reset()}. */
	long sequence = 1;

	final Map<String, CallbackQueryRecord> openCallbackQueries = new LinkedHashMap<>();

	final List<CallbackAnswer> callbackAnswers = new ArrayList<>();

	final Set<String> openPreCheckoutQueries = new HashSet<>();

	final List<StandInBotApi.PreCheckoutAnswer> preCheckoutAnswers = new ArrayList<>();

	final Map<StandInBotApi.CommandsKey, List<StandInBotApi.RegisteredCommand>> commands = new LinkedHashMap<>();

	StandInBotApi.Webhook webhook;

	final Map<String, FileRecord> files = new HashMap<>();

	final List<ApiCall> calls = new ArrayList<>();

	final Map<String, Deque<Fault>> faults = new HashMap<>();

	int rateLimited;

	/** 400 "message is not modified" answers given: an edit that changes nothing is a wasted call. */
	int notModified;

	boolean notModifiedAllowed;

	/** Half before the request is handled, half before the answer leaves. */
	long roundTripNanos;

	StandInState(ObjectNode botUser) {
		this.botUser = botUser;
	}

	/** The chat with this id, created on first use (private for positive ids, a group for negative ones). */
	ChatRecord chat(long chatId) {
		return this.chats.computeIfAbsent(chatId, (id) -> new ChatRecord(id, (id > 0) ? defaultPrivateChat(id)
				: Updates.groupChat(id, "Group " + (-id))));
	}

	/** Remembers the user's name for their private chat, as Telegram knows it. */
	ChatRecord privateChatOf(TgUser user) {
		ChatRecord chat = chat(user.id());
		chat.json = Updates.privateChat(user);
		return chat;
	}

	int nextMessageId(long chatId) {
		return this.lastMessageIds.merge(chatId, 1, Integer::sum);
	}

	String nextId(String prefix) {
		return prefix + (this.sequence++);
	}

	/** The {@code Message} object of a stored bot message, as Telegram returns it. */
	ObjectNode messageJson(StoredMessage message) {
		ObjectNode json = Json.object();
		json.put("message_id", message.messageId);
		json.set("from", this.botUser.deepCopy());
		json.set("chat", chat(message.chatId).json.deepCopy());
		json.put("date", message.date);
		if (message.editDate != null) {
			json.put("edit_date", message.editDate);
		}
		boolean caption = !message.kind.equals("text");
		if (message.kind.equals("text")) {
			json.put("text", message.text);
		}
		else if (!message.kind.equals("invoice") && !message.text.isEmpty()) {
			json.put("caption", message.text);
		}
		if (message.entities != null && !message.entities.isEmpty()) {
			json.set(caption ? "caption_entities" : "entities", message.entities.deepCopy());
		}
		json.setAll(message.extra.deepCopy());
		if (message.inlineMarkup != null) {
			json.set("reply_markup", message.inlineMarkup.deepCopy());
		}
		return json;
	}

	SentMessage snapshot(StoredMessage message) {
		return new SentMessage(message.chatId, message.messageId, message.kind, message.text, message.parseMode,
				ReplyMarkups.inlineKeyboard(message.inlineMarkup), ReplyMarkups.replyKeyboard(message.otherMarkup),
				message.editCount, List.copyOf(message.previousTexts), messageJson(message));
	}

	List<SentMessage> snapshots(long chatId) {
		ChatRecord chat = this.chats.get(chatId);
		if (chat == null) {
			return List.of();
		}
		return chat.botMessages.values().stream().map(this::snapshot).toList();
	}

	void addFault(String method, int count, Fault fault) {
		Deque<Fault> queue = this.faults.computeIfAbsent(method, (key) -> new ArrayDeque<>());
		for (int i = 0; i < count; i++) {
			queue.addLast(fault);
		}
	}

	/** The next injected fault for {@code method}, or for any method ({@code "*"}) except getUpdates. */
	Fault takeFault(String method) {
		Deque<Fault> queue = this.faults.get(method);
		if ((queue == null || queue.isEmpty()) && !method.equals("getupdates")) {
			queue = this.faults.get("*");
		}
		return (queue == null) ? null : queue.pollFirst();
	}

	/** Forgets everything but the id counters (update ids, message ids, query ids keep growing). */
	void reset() {
		this.chats.clear();
		this.updates.clear();
		this.allowedUpdates = List.of();
		this.openCallbackQueries.clear();
		this.callbackAnswers.clear();
		this.openPreCheckoutQueries.clear();
		this.preCheckoutAnswers.clear();
		this.commands.clear();
		this.webhook = null;
		this.files.clear();
		this.calls.clear();
		this.faults.clear();
		this.flood.reset();
		this.floodLimits = false;
		this.strictHtmlAmpersand = true;
		this.rateLimited = 0;
		this.notModified = 0;
	}

	static long now() {
		return Instant.now().getEpochSecond();
	}

	private static ObjectNode defaultPrivateChat(long id) {
		ObjectNode json = Json.object();
		json.put("id", id);
		json.put("first_name", "User " + id);
		json.put("type", "private");
		return json;
	}

}
