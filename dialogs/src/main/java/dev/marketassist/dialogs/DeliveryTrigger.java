package dev.marketassist.dialogs;

/**
 * Told when a session's outbox got something outside of an update (a notification), so that the
 * channel delivers it at once, in the chat's order. Without one, the recovery sweep delivers it.
 */
@FunctionalInterface
public interface DeliveryTrigger {

	void deliverSoon(long chatId, String sessionId);

}
