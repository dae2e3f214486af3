package dev.marketassist.dialogs;

/**
 * What a user sent, independent of the channel. The Telegram adapter and the web sandbox both
 * translate their inputs into these.
 */
public sealed interface Input {

	/**
	 * Free text typed by the user (never a command).
	 * @param replyTo the assistant's message this text replies to (Telegram's reply_to_message), or
	 * {@code null}
	 */
	record Text(String text, Integer replyTo) implements Input {

		public Text(String text) {
			this(text, null);
		}

	}

	/** A slash command such as {@code /start abc}: {@code name} without the slash, lower case. */
	record Command(String name, String argument) implements Input {
	}

	/**
	 * A button press.
	 * @param data the button's payload as it was rendered
	 * @param messageId the id of the message that carried the button, or {@code null}
	 */
	record Choice(String data, Integer messageId) implements Input {
	}

	/** A shared contact (phone number of the sender or of someone else). */
	record Contact(String phoneNumber, Long contactUserId) implements Input {
	}

	/** An uploaded file. */
	record Attachment(Kind kind, String fileId, String fileName, String mimeType, long size) implements Input {

		public enum Kind {

			DOCUMENT, PHOTO

		}

	}

	/**
	 * A completed payment of an invoice the assistant sent.
	 * @param payload the invoice's payload
	 * @param amountMinor the amount paid in the currency's smallest unit
	 * @param chargeId the payment's id at the channel (for idempotency and support)
	 */
	record Payment(String payload, String currency, long amountMinor, String chargeId) implements Input {
	}

	/** Anything the assistant does not take as input (stickers, voice, locations, ...). */
	record Unsupported(String kind) implements Input {
	}

}
