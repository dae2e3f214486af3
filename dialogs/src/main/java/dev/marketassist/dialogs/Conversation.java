package dev.marketassist.dialogs;

/**
 * Who is talking and where: the channel-neutral identity of an inbound message.
 *
 * @param chatId the chat the message came from (equal to {@code userId} in a private chat)
 * @param userId the person who sent it
 * @param languageCode the client's language (IETF tag such as {@code zh-hans} or {@code en}),
 * may be {@code null}
 * @param firstName the sender's display name, may be {@code null}
 * @param kind whether the chat is a private chat with the assistant or a group or channel
 * @param onBehalfOfChat whether the message was sent in the name of a chat rather than a person
 * (an anonymous group admin, a channel posting into a group): {@code userId} then does not
 * identify anyone, since all of them share it
 */
public record Conversation(long chatId, long userId, String languageCode, String firstName, ChatKind kind,
		boolean onBehalfOfChat) {

	/**
	 * User and chat ids from here on belong to the local sandbox's personas, never to Telegram
	 * (Telegram's ids are far below), so each channel delivers only to its own chats.
	 */
	public static final long SANDBOX_IDS_FROM = 9_000_000_000_000L;

	/** Where a conversation takes place. */
	public enum ChatKind {

		/** A one-to-one chat of a person with the assistant. */
		PRIVATE,

		/** A group, supergroup or channel: others read along. */
		GROUP

	}

	public Conversation {
		kind = kind != null ? kind : chatId > 0 ? ChatKind.PRIVATE : ChatKind.GROUP;
	}

	/** A person writing; the kind of chat follows the id (private chats have the user's positive id). */
	public Conversation(long chatId, long userId, String languageCode, String firstName) {
		this(chatId, userId, languageCode, firstName, null, false);
	}

	/** Whether a chat belongs to the local sandbox rather than Telegram. */
	public static boolean isSandboxChat(long chatId) {
		return chatId >= SANDBOX_IDS_FROM;
	}

	/** The session key: one session per chat and user. */
	public String sessionId() {
		return chatId + ":" + userId;
	}

	/** Whether only the person and the assistant read this chat. */
	public boolean privateChat() {
		return kind == ChatKind.PRIVATE && !onBehalfOfChat;
	}

}
