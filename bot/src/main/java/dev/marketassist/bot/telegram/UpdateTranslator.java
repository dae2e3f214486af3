package dev.marketassist.bot.telegram;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.marketassist.bot.inbound.IncomingUpdate;
import dev.marketassist.dialogs.Conversation;
import dev.marketassist.dialogs.Inbound;
import dev.marketassist.dialogs.Input;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;

/**
 * Turns a Telegram {@link Update} into the conversations' channel-neutral input. Updates the
 * assistant does not act on (edits, channel posts, polls, ...) give an empty result.
 */
final class UpdateTranslator {

	/**
	 * Telegram's shared users for messages in the name of a chat: @GroupAnonymousBot (anonymous
	 * group admins) and @Channel_Bot (channels); every such sender has the same id.
	 */
	private static final Set<Long> STAND_IN_USERS = Set.of(1087968824L, 136817688L);

	private final String botUsername;

	/** @param botUsername the bot's username, to accept {@code /start@thebot} in groups */
	UpdateTranslator(String botUsername) {
		this.botUsername = botUsername == null ? "" : botUsername.toLowerCase(Locale.ROOT);
	}

	Optional<IncomingUpdate> translate(Update update) {
		long id = update.getUpdateId();
		if (update.hasCallbackQuery()) {
			CallbackQuery query = update.getCallbackQuery();
			if (query.getMessage() == null || query.getData() == null) {
				return Optional.empty();
			}
			Conversation from = conversation(query.getMessage().getChat(), query.getMessage().getChatId(), query.getFrom(),
					false);
			Input input = new Input.Choice(query.getData(), query.getMessage().getMessageId());
			return Optional.of(new IncomingUpdate(new Inbound(id, from, input), query.getId()));
		}
		if (update.hasMessage() && update.getMessage().getFrom() != null) {
			Message message = update.getMessage();
			Conversation from = conversation(message.getChat(), message.getChatId(), message.getFrom(),
					message.getSenderChat() != null);
			return Optional.of(new IncomingUpdate(new Inbound(id, from, input(message)), null));
		}
		return Optional.empty();
	}

	private Input input(Message message) {
		if (message.hasText()) {
			String text = message.getText();
			if (text.startsWith("/") && text.length() > 1) {
				return command(text);
			}
			Message repliedTo = message.getReplyToMessage();
			boolean toBot = repliedTo != null && repliedTo.getFrom() != null && Boolean.TRUE.equals(repliedTo.getFrom().getIsBot());
			return new Input.Text(text, toBot ? repliedTo.getMessageId() : null);
		}
		if (message.hasSuccessfulPayment()) {
			var paid = message.getSuccessfulPayment();
			return new Input.Payment(paid.getInvoicePayload(), paid.getCurrency(), paid.getTotalAmount(),
					paid.getTelegramPaymentChargeId());
		}
		if (message.hasContact()) {
			return new Input.Contact(message.getContact().getPhoneNumber(), message.getContact().getUserId());
		}
		if (message.hasDocument()) {
			var document = message.getDocument();
			return new Input.Attachment(Input.Attachment.Kind.DOCUMENT, document.getFileId(), document.getFileName(),
					document.getMimeType(), document.getFileSize() == null ? 0 : document.getFileSize());
		}
		if (message.hasPhoto()) {
			PhotoSize largest = message.getPhoto().stream().max(Comparator.comparing(p -> p.getWidth() * (long) p.getHeight())).orElseThrow();
			return new Input.Attachment(Input.Attachment.Kind.PHOTO, largest.getFileId(), null, "image/jpeg",
					largest.getFileSize() == null ? 0 : largest.getFileSize());
		}
		if (message.hasSticker()) {
			return new Input.Unsupported("sticker");
		}
		return new Input.Unsupported("other");
	}

	private Input command(String text) {
		String[] parts = text.substring(1).split("\\s+", 2);
		String name = parts[0].toLowerCase(Locale.ROOT);
		int at = name.indexOf('@');
		if (at >= 0) {
			String addressee = name.substring(at + 1);
			name = name.substring(0, at);
			if (!botUsername.isEmpty() && !addressee.equals(botUsername)) {
				return new Input.Text(text);
			}
		}
		return new Input.Command(name, parts.length > 1 ? parts[1].strip() : "");
	}

	/**
	 * The channel-neutral conversation: private or not by the chat's type (by the id's sign when
	 * Telegram leaves the chat out), and whether a chat rather than a person sent it (an anonymous
	 * group admin or a channel: {@code sender_chat}, or one of Telegram's stand-in users).
	 */
	private static Conversation conversation(Chat chat, long chatId, User user, boolean senderChat) {
		boolean personal = chat == null || chat.getType() == null ? chatId > 0 : "private".equals(chat.getType());
		boolean onBehalfOfChat = senderChat || STAND_IN_USERS.contains(user.getId());
		return new Conversation(chatId, user.getId(), user.getLanguageCode(), user.getFirstName(),
				personal ? Conversation.ChatKind.PRIVATE : Conversation.ChatKind.GROUP, onBehalfOfChat);
	}

}
