/**
 * Outbound Telegram traffic: every Bot API call of the application leaves the process through
 * {@link dev.marketassist.bot.sending.OutboundMessages}.
 * <p>
 * {@link dev.marketassist.bot.sending.RateLimitedTelegramSender} keeps Telegram's flood limits
 * (per private chat, per group, overall), keeps the calls of one chat in order, pauses all
 * sending while Telegram asks to ({@code 429 retry_after}), retries server and network failures
 * with backoff, and fails other errors at once with a
 * {@link dev.marketassist.bot.sending.DeliveryFailed}.
 */
package dev.marketassist.bot.sending;
