package dev.marketassist.bot.telegram;

import java.util.ArrayList;
import java.util.List;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.Reply;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Renders replies as Bot API calls: HTML parse mode (texts arrive escaped from the dialogs),
 * inline keyboards, no link previews. A text over Telegram's 4096 characters is split at line
 * breaks into several messages, the buttons going with the last.
 */
final class ReplyRenderer {

	static final int MAX_TEXT = 4096;

	List<SendMessage> send(long chatId, Reply reply) {
		List<String> parts = split(reply.html());
		List<SendMessage> messages = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			boolean last = i == parts.size() - 1;
			messages.add(new IdOnlySendMessage(SendMessage.builder()
				.chatId(chatId)
				.text(parts.get(i))
				.parseMode(ParseMode.HTML)
				.linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
				.replyMarkup(last ? keyboard(reply) : null)));
		}
		return messages;
	}

	EditMessageText edit(long chatId, int messageId, Reply reply) {
		String text = reply.html().length() > MAX_TEXT ? split(reply.html()).get(0) : reply.html();
		return EditMessageText.builder()
			.chatId(chatId)
			.messageId(messageId)
			.text(text)
			.parseMode(ParseMode.HTML)
			.linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
			.replyMarkup(keyboard(reply))
			.build();
	}

	EditMessageReplyMarkup clearKeyboard(long chatId, int messageId) {
		return EditMessageReplyMarkup.builder().chatId(chatId).messageId(messageId).build();
	}

	static InlineKeyboardMarkup keyboard(Reply reply) {
		if (!reply.hasKeyboard()) {
			return null;
		}
		List<InlineKeyboardRow> rows = new ArrayList<>();
		for (List<Button> row : reply.keyboard()) {
			InlineKeyboardRow keyboardRow = new InlineKeyboardRow();
			for (Button button : row) {
				keyboardRow.add(button.url() != null
						? InlineKeyboardButton.builder().text(button.label()).url(button.url()).build()
						: InlineKeyboardButton.builder().text(button.label()).callbackData(button.data()).build());
			}
			rows.add(keyboardRow);
		}
		return InlineKeyboardMarkup.builder().keyboard(rows).build();
	}

	/** Splits at line breaks so that no part is longer than Telegram allows. */
	static List<String> split(String html) {
		if (html.length() <= MAX_TEXT) {
			return List.of(html);
		}
		List<String> parts = new ArrayList<>();
		StringBuilder part = new StringBuilder();
		for (String line : html.split("\n", -1)) {
			while (line.length() > MAX_TEXT) {
				flush(parts, part);
				int cut = safeCut(line, MAX_TEXT);
				parts.add(line.substring(0, cut));
				line = line.substring(cut);
			}
			if (part.length() + line.length() + 1 > MAX_TEXT) {
				flush(parts, part);
			}
			if (part.length() > 0) {
				part.append('\n');
			}
			part.append(line);
		}
		flush(parts, part);
		return parts;
	}

	/** A cut point at or before {@code max} that splits neither an HTML entity nor a surrogate pair. */
	private static int safeCut(String line, int max) {
		int cut = max;
		int amp = line.lastIndexOf('&', cut - 1);
		if (amp >= 0 && line.indexOf(';', amp) >= cut) {
			cut = amp;
		}
		if (Character.isLowSurrogate(line.charAt(cut))) {
			cut--;
		}
		return cut;
	}

	private static void flush(List<String> parts, StringBuilder part) {
		if (part.length() > 0) {
			parts.add(part.toString());
			part.setLength(0);
		}
	}

}
