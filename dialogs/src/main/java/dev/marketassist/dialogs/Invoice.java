package dev.marketassist.dialogs;

/**
 * A payment request a channel can show natively (Telegram Payments' invoice).
 *
 * @param payload what the payment is for (the fee reference); comes back with the payment
 * @param currency ISO 4217 code, e.g. {@code CNY}
 * @param amountMinor the price in the currency's smallest unit (fen)
 */
public record Invoice(String title, String description, String payload, String currency, long amountMinor) {
}
