package dev.marketassist.dialogs;

import java.util.List;

/**
 * The result of handling one input: what the channel must deliver, in order.
 *
 * @param sessionId the session whose outbox holds {@code deliveries}
 * @param chatId where to deliver
 * @param deliveries everything still owed to the chat, oldest first (earlier undelivered entries
 * included)
 * @param notice a short text for the channel's button acknowledgement (Telegram's callback answer
 * toast), or {@code null}
 * @param duplicate whether the input had been handled before and was ignored
 */
public record Outcome(String sessionId, long chatId, List<Outgoing> deliveries, String notice, boolean duplicate) {

	public Outcome {
		deliveries = List.copyOf(deliveries);
	}

}
