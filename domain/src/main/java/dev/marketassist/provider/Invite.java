package dev.marketassist.provider;

import java.time.Instant;

/**
 * A one-time invitation for another Telegram user to operate a provider.
 * @param tokenHash SHA-256 of the token in the link (the token itself is not stored)
 * @param usedBy who accepted it, or {@code null}
 */
public record Invite(String tokenHash, Instant expiresAt, Long usedBy) {
}
