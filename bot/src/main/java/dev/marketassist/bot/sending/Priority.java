package dev.marketassist.bot.sending;

/**
 * How urgent a chat call is. A {@link #REPLY} answers the user's own update: it goes out at once,
 * ahead of any background work and without the per-chat or overall pre-throttle (it still counts
 * against both, so background work yields to it). {@link #BACKGROUND} work (reminders, digests,
 * review results, order notices, recovery) is paced under the overall budget and each chat's
 * bucket, behind every reply.
 */
public enum Priority {

	REPLY, BACKGROUND

}
