package dev.marketassist.provider;

import java.time.Instant;

/**
 * A Telegram user who may act for a provider: its owner, or an operator the owner invited.
 * @param name the user's display name when they joined (shown to the owner), or {@code null}
 */
public record Operator(long telegramUserId, Role role, Instant since, String name) {

	public Operator(long telegramUserId, Role role, Instant since) {
		this(telegramUserId, role, since, null);
	}

	public enum Role {

		OWNER, OPERATOR

	}

}
