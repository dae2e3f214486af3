package dev.marketassist.testing;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a test expects the bot to say next to each user: every expectation looks only at messages
 * after the last one expected in that chat, so a conversation is read in order and an old message
 * never satisfies a new expectation. One per test (a field of the test class).
 */
public final class ChatExpectations {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final StandInBotApi telegram;

	private final Map<Long, Integer> seen = new ConcurrentHashMap<>();

	public ChatExpectations(StandInBotApi telegram) {
		this.telegram = telegram;
	}

	/** The next message of the bot to this user containing {@code fragment} (after the last one expected). */
	public SentMessage expect(TgUser user, String fragment) {
		int after = seen.getOrDefault(user.id(), 0);
		SentMessage message = telegram.awaitMessage(user.chatId(), m -> m.messageId() > after && m.text().contains(fragment),
				TIMEOUT);
		seen.merge(user.id(), message.messageId(), Math::max);
		return message;
	}

	/** The bot's message {@code message} once edited to contain {@code fragment}. */
	public SentMessage edited(SentMessage message, String fragment) {
		return telegram.awaitMessage(message.chatId(), m -> m.messageId() == message.messageId() && m.text().contains(fragment),
				TIMEOUT);
	}

}
