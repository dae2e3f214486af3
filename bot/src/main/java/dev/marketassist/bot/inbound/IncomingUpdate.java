package dev.marketassist.bot.inbound;

import dev.marketassist.dialogs.Inbound;

/**
 * An input ready for the conversations, with what the channel needs to answer it.
 *
 * @param callbackId the channel's id of a button press to acknowledge, or {@code null}
 */
public record IncomingUpdate(Inbound inbound, String callbackId) {

	public long chatId() {
		return inbound.from().chatId();
	}

}
