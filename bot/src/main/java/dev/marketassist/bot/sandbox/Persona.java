package dev.marketassist.bot.sandbox;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.marketassist.dialogs.Conversation;

/**
 * Someone the sandbox user can pretend to be: a private chat with the assistant under a fixed
 * user id from the sandbox range, so a persona can be configured like a real user (for example
 * as a reviewer through {@code MARKET_REVIEWER_IDS}). A later flow adds its personas to
 * {@link #ALL}; the page lists whatever is here.
 *
 * @param key the persona's name in URLs
 * @param role what the persona is for, shown on the page
 * @param letter tells personas of one role apart ("Seller A", "Seller B")
 * @param firstName the display name the assistant greets
 * @param userId the user (and chat) id
 * @param language the client language the persona starts with ({@code en} or {@code zh-CN})
 * @param phone the number the persona shares as its contact
 */
record Persona(String key, Role role, String letter, String firstName, long userId, String language, String phone) {

	/** Sandbox user ids: above {@link Conversation#SANDBOX_IDS_FROM}, far from Telegram's. */
	static final long IDS_FROM = 9_100_000_000_000L;

	static final List<Persona> ALL = List.of(
			new Persona("seller-a", Role.SELLER, "A", "Ada", IDS_FROM + 1, "en", "+8613800138001"),
			new Persona("seller-b", Role.SELLER, "B", "李雷", IDS_FROM + 2, "zh-CN", "+8613900139002"),
			new Persona("buyer-b", Role.BUYER, "B", "Ben", IDS_FROM + 3, "en", "+8613700137003"),
			new Persona("reviewer-c", Role.REVIEWER, "C", "陈静", IDS_FROM + 4, "zh-CN", "+8613600136004"));

	/** The page's roles; each has a label {@code sandbox.role.<name>} in the bundles. */
	enum Role {

		SELLER, BUYER, REVIEWER;

		String labelKey() {
			return "sandbox.role." + name().toLowerCase(Locale.ROOT);
		}

	}

	static Optional<Persona> find(String key) {
		return ALL.stream().filter(persona -> persona.key.equals(key)).findFirst();
	}

	/** The persona's chat as the conversations see it, in the given client language. */
	Conversation conversation(String clientLanguage) {
		return new Conversation(userId, userId, clientLanguage, firstName);
	}

}
