package dev.marketassist.testing;

/**
 * A Telegram user of the stand-in Bot API, who sends updates to the bot.
 * Their private chat with the bot has the same id as the user.
 * @param id the user id (positive)
 * @param firstName the first name shown in {@code from} and in the private chat
 * @param languageCode the IETF language tag of the user's client ({@code "en"}, {@code "zh-hans"}), or {@code null}
 */
public record TgUser(long id, String firstName, String languageCode) {

	public TgUser {
		if (id <= 0) {
			throw new IllegalArgumentException("A user id is positive, got " + id);
		}
		if (firstName == null || firstName.isBlank()) {
			throw new IllegalArgumentException("A user has a first name");
		}
	}

	/** A user with an English client. */
	public static TgUser of(long id, String firstName) {
		return new TgUser(id, firstName, "en");
	}

	/** The id of this user's private chat with the bot. */
	public long chatId() {
		return this.id;
	}

}
