package dev.marketassist.seller;

import java.time.Instant;

/** A Telegram user who may act for a provider: its owner, or an operator the owner invited. */
public record Operator(long telegramUserId, Role role, Instant since) {

	public enum Role {

		OWNER, OPERATOR

	}

}
