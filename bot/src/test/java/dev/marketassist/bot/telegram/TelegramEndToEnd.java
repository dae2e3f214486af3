package dev.marketassist.bot.telegram;

import java.util.concurrent.atomic.AtomicLong;

import dev.marketassist.testing.StandInBotApi;
import dev.marketassist.testing.TgUser;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One stand-in Bot API for the whole test JVM, so that every end-to-end test class in polling mode
 * shares one application context. Each test uses its own users (fresh ids), so tests do not see
 * each other's chats.
 */
final class TelegramEndToEnd {

	static final String TOKEN = "123456789:TEST-token_for-the-stand-in";

	private static final AtomicLong USERS = new AtomicLong(700_000_000L);

	private static volatile StandInBotApi telegram;

	private TelegramEndToEnd() {
	}

	static synchronized StandInBotApi telegram() {
		if (telegram == null) {
			telegram = StandInBotApi.start(TOKEN);
		}
		return telegram;
	}

	/** Points the application at the stand-in, in long-polling mode. */
	static void polling(DynamicPropertyRegistry registry) {
		registry.add("market.telegram.token", () -> TOKEN);
		registry.add("market.telegram.api-url", () -> telegram().baseUrl());
		registry.add("market.telegram.mode", () -> "polling");
	}

	static TgUser english(String name) {
		return new TgUser(USERS.incrementAndGet(), name, "en");
	}

	static TgUser chinese(String name) {
		return new TgUser(USERS.incrementAndGet(), name, "zh-hans");
	}

}
