package dev.marketassist.bot.sandbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.menu.NavigationButtons;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * What the sandbox chats show, in MongoDB: the assistant's messages with their buttons, and per
 * chat a message counter, a revision counter and the persona's client language.
 * <p>
 * MongoDB rather than memory because the sessions refer to these messages by id (the live
 * prompt, edits, removed buttons) and the sessions survive a restart; numbering that started
 * again would point a session at the wrong message. Each change (send, edit, buttons removed)
 * takes the chat's next revision, so the page asks for "everything after revision n" and sees
 * edits in place. Sending is idempotent per outbox entry. Only the last {@value #KEPT} messages
 * of a chat are kept, so the collections stay small without an index. What the user typed is
 * not stored here: it stays in the browser.
 */
class Transcript {

	static final int KEPT = 300;

	static final String MESSAGES = "sandbox_messages";

	static final String CHATS = "sandbox_chats";

	private final MongoTemplate mongo;

	private final Clock clock;

	/**
	 * One message of the assistant.
	 *
	 * @param live whether its buttons can still be pressed
	 * @param key the outbox entry that sent it
	 */
	record Message(String id, long chatId, int messageId, long revision, String key, String html,
			List<List<Button>> keyboard, boolean live, boolean edited, Instant at) {
	}

	/**
	 * One sandbox chat's counters and settings.
	 *
	 * @param since when the chat began (the page forgets what it kept of an older one)
	 */
	record Chat(long id, int lastMessageId, long revision, String language, Instant since) {
	}

	Transcript(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** Appends a message and returns its id; the same outbox entry again returns the same message. */
	int send(long chatId, String key, Reply reply) {
		Message earlier = mongo.findOne(query(where("chatId").is(chatId).and("key").is(key)), Message.class, MESSAGES);
		if (earlier != null) {
			return earlier.messageId();
		}
		Chat chat = change(chatId, 1);
		int id = chat.lastMessageId();
		mongo.insert(new Message(chatId + ":" + id, chatId, id, chat.revision(), key, reply.html(), reply.keyboard(),
				reply.hasKeyboard(), false, clock.instant()), MESSAGES);
		mongo.remove(query(where("chatId").is(chatId).and("messageId").lte(id - KEPT)), MESSAGES);
		return id;
	}

	/** Replaces a message's text and buttons; false if there is no such message (any more). */
	boolean edit(long chatId, int messageId, Reply reply) {
		Update update = new Update().set("html", reply.html())
			.set("keyboard", reply.keyboard())
			.set("live", reply.hasKeyboard())
			.set("edited", true)
			.set("revision", change(chatId, 0).revision());
		return mongo.updateFirst(message(chatId, messageId), update, Message.class, MESSAGES).getMatchedCount() > 0;
	}

	/** Whether the message's buttons only navigate (they stay when a newer prompt supersedes it). */
	boolean onlyNavigation(long chatId, int messageId) {
		Message message = mongo.findOne(message(chatId, messageId), Message.class, MESSAGES);
		return message != null && NavigationButtons.only(message.keyboard());
	}

	/** Makes a message's buttons inactive (the page shows them disabled). */
	void retireButtons(long chatId, int messageId) {
		Update update = new Update().set("live", false).set("revision", change(chatId, 0).revision());
		mongo.updateFirst(message(chatId, messageId).addCriteria(where("live").is(true)), update, Message.class, MESSAGES);
	}

	/** The chat's messages changed after {@code revision}, oldest change first. */
	List<Message> changedAfter(long chatId, long revision) {
		Query changed = query(where("chatId").is(chatId).and("revision").gt(revision)).with(Sort.by("revision"))
			.limit(KEPT + 50);
		return mongo.find(changed, Message.class, MESSAGES);
	}

	Optional<Chat> chat(long chatId) {
		return Optional.ofNullable(mongo.findById(chatId, Chat.class, CHATS));
	}

	/** Remembers the client language the persona now uses. */
	void useLanguage(long chatId, String language) {
		mongo.upsert(query(where("_id").is(chatId)), created(new Update().set("language", language), false), Chat.class,
				CHATS);
	}

	/** Takes the chat's next revision (and {@code messages} new message ids); creates the chat. */
	private Chat change(long chatId, int messages) {
		Update update = created(new Update().inc("revision", 1).inc("lastMessageId", messages), true);
		return mongo.findAndModify(query(where("_id").is(chatId)), update,
				FindAndModifyOptions.options().upsert(true).returnNew(true), Chat.class, CHATS);
	}

	private Update created(Update update, boolean counting) {
		update.setOnInsert("since", clock.instant());
		return counting ? update : update.setOnInsert("revision", 0L).setOnInsert("lastMessageId", 0);
	}

	private static Query message(long chatId, int messageId) {
		return query(where("_id").is(chatId + ":" + messageId));
	}

}
