package dev.marketassist.dialogs;

/**
 * One input from one user, with the channel's delivery id used for de-duplication.
 *
 * @param updateId the channel's unique, increasing id of this delivery (Telegram's update_id)
 */
public record Inbound(long updateId, Conversation from, Input input) {
}
