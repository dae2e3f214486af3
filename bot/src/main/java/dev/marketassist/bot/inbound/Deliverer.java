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

	/** Sends one message that needs no database (an apology, a "delayed" notice). */
	void notify(Conversation to, String html, String callbackId);

}
