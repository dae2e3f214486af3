package dev.marketassist.bot.inbound;

import dev.marketassist.dialogs.Conversation;
import dev.marketassist.dialogs.Outcome;

/** Delivers what the conversations owe a chat on one channel (Telegram, the web sandbox). */
public interface Deliverer {

	/**
	 * Delivers the outcome's entries in order and confirms each delivered one; acknowledges the
	 * button press {@code callbackId} (if any) with the outcome's notice.
	 */
	void deliver(Outcome outcome, String callbackId);

	/**
	 * Delivers like {@link #deliver} without holding the calling thread while the channel answers.
	 * @param reply whether this answers the user's own update (sent at once, ahead of background
	 * work) rather than a notification or a recovery
	 * @return completes once the delivered entries are confirmed; never exceptionally
	 */
	default java.util.concurrent.CompletableFuture<Void> deliverAsync(Outcome outcome, String callbackId, boolean reply) {
		deliver(outcome, callbackId);
		return java.util.concurrent.CompletableFuture.completedFuture(null);
	}

	/** Sends one message that needs no database (an apology, a "delayed" notice). */
	void notify(Conversation to, String html, String callbackId);

}
