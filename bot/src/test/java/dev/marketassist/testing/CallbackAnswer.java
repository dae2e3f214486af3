package dev.marketassist.testing;

import java.time.Instant;

/**
 * The bot's {@code answerCallbackQuery} for a callback query the stand-in injected.
 * @param callbackQueryId the query's id
 * @param chatId the chat of the message whose button was pressed
 * @param messageId that message's id
 * @param data the pressed button's {@code callback_data}
 * @param text the notification text the bot answered with, or {@code null}
 * @param showAlert whether the bot asked for an alert instead of a toast
 * @param url the URL the bot answered with, or {@code null}
 * @param at when the answer arrived
 */
public record CallbackAnswer(String callbackQueryId, long chatId, int messageId, String data, String text,
		boolean showAlert, String url, Instant at) {
}
