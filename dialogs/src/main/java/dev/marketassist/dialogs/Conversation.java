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

	/** The session key: one session per chat and user. */
	public String sessionId() {
		return chatId + ":" + userId;
	}

	public boolean privateChat() {
		return chatId > 0;
	}

}
