package dev.marketassist.bot.sending;

import java.io.Serializable;
import java.util.concurrent.CompletableFuture;

import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * The one way every Bot API call of the application leaves the process, so tests can mock it.
 * <p>
 * Returned futures complete with the Bot API result, or exceptionally with a
 * {@link DeliveryFailed} (Telegram refused the call, or retries were exhausted) or a
 * {@link java.util.concurrent.RejectedExecutionException} (the sender was closed first).
 * They complete on a sender thread while the chat's next call waits: dependent stages must not
 * block (never {@code join()} another call of the same chat inside one); use the
 * {@code ...Async} variants for slow work. Cancelling a future drops the call if it has not
 * started yet.
 */
public interface OutboundMessages {

	/**
	 * Sends a message-type call (sendMessage, editMessageText, deleteMessage, sendInvoice, ...)
	 * for a chat as {@link Priority#BACKGROUND} work. Calls for one chat run one after another in
	 * submission order; the next starts only once the previous one finished, successfully or for
	 * good.
	 * @param chatId the chat the call belongs to (negative for groups)
	 * @param method the call
	 * @return the Bot API result
	 */
	default <T extends Serializable> CompletableFuture<T> send(long chatId, BotApiMethod<T> method) {
		return send(chatId, method, Priority.BACKGROUND);
	}

	/**
	 * Sends a chat call, in that chat's order, with the given priority: a {@link Priority#REPLY}
	 * to the user's own update goes out at once, ahead of background work.
	 * @param chatId the chat the call belongs to (negative for groups)
	 * @param method the call
	 * @param priority reply or background
	 * @return the Bot API result
	 */
	<T extends Serializable> CompletableFuture<T> send(long chatId, BotApiMethod<T> method, Priority priority);

	/**
	 * Sends a document to a chat, in that chat's order, like {@link #send(long, BotApiMethod)}.
	 * @param chatId the chat the document goes to
	 * @param document the upload
	 * @return the sent message
	 */
	default CompletableFuture<Message> send(long chatId, SendDocument document) {
		return send(chatId, document, Priority.BACKGROUND);
	}

	/**
	 * Sends a document to a chat with the given priority, in that chat's order.
	 * @param chatId the chat the document goes to
	 * @param document the upload
	 * @param priority reply or background
	 * @return the sent message
	 */
	CompletableFuture<Message> send(long chatId, SendDocument document, Priority priority);

	/**
	 * Sends a call that is not a chat message (answerCallbackQuery, answerPreCheckoutQuery,
	 * setMyCommands, sendChatAction, ...): not counted against message limits and not queued
	 * behind any chat, but it waits out a flood pause and is retried like any other call.
	 * @param method the call
	 * @return the Bot API result
	 */
	<T extends Serializable> CompletableFuture<T> sendNow(BotApiMethod<T> method);

	/**
	 * Registers the webhook, like {@link #sendNow(BotApiMethod)} (setWebhook is a multipart call,
	 * not a {@link BotApiMethod}).
	 * @param setWebhook the registration
	 * @return whether Telegram accepted it
	 */
	CompletableFuture<Boolean> sendNow(SetWebhook setWebhook);

}
