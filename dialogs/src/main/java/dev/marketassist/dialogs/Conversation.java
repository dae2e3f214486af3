package dev.marketassist.dialogs;

/**
 * Who is talking and where: the channel-neutral identity of an inbound message.
 *
 * @param chatId the chat the message came from (equal to {@code userId} in a private chat)
 * @param userId the person who sent it
 * @param languageCode the client's language (IETF tag such as {@code zh-hans} or {@code en}),
 * may be {@code null}
 * @param firstName the sender's display name, may be {@code null}
 */
public record Conversation(long chatId, long userId, String languageCode, String firstName) {

	/**
	 * User and chat ids from here on belong to the local sandbox's personas, never to Telegram
	 * (Telegram's ids are far below), so each channel delivers only to its own chats.
	 */
	public static final long SANDBOX_IDS_FROM = 9_000_000_000_000L;

	/** Whether a chat belongs to the local sandbox rather than Telegram. */
	public static boolean isSandboxChat(long chatId) {
		return chatId >= SANDBOX_IDS_FROM;
	}

	/** The session key: one session per chat and user. */
	public String sessionId() {
		return chatId + ":" + userId;
	}

	public boolean privateChat() {
		return chatId > 0;
	}

}
