package dev.marketassist.testing;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A snapshot of a message the bot sent, in its current state (after any edits).
 * @param chatId the chat
 * @param messageId the id Telegram gave it (increasing per chat)
 * @param kind {@code "text"}, {@code "photo"}, {@code "document"} or {@code "invoice"}
 * @param text the current text with markup removed and HTML entities decoded (the caption of a media
 * message, the title of an invoice); never {@code null}
 * @param parseMode the parse mode the current text was sent with, or {@code null}
 * @param keyboard the current inline keyboard, row by row; empty when there is none
 * @param replyKeyboard the texts of the reply keyboard ({@code ReplyKeyboardMarkup}) sent with the message, row by row
 * @param editCount how many times the bot edited the text or the keyboard
 * @param previousTexts the texts it had before each text edit, oldest first
 * @param json the {@code Message} object as the stand-in returns it now; treat as read-only
 */
public record SentMessage(long chatId, int messageId, String kind, String text, String parseMode,
		List<List<Button>> keyboard, List<List<String>> replyKeyboard, int editCount, List<String> previousTexts,
		JsonNode json) {

	/**
	 * A button of an inline keyboard.
	 * @param text the label
	 * @param callbackData its {@code callback_data}, or {@code null}
	 * @param url its {@code url}, or {@code null}
	 */
	public record Button(String text, String callbackData, String url) {
	}

	/** All inline buttons, row after row. */
	public List<Button> buttons() {
		return this.keyboard.stream().flatMap(List::stream).toList();
	}

	/** The labels of all inline buttons, row after row. */
	public List<String> buttonTexts() {
		return buttons().stream().map(Button::text).toList();
	}

	/** The first inline button whose label equals {@code text}. */
	public Optional<Button> button(String text) {
		return buttons().stream().filter((button) -> button.text().equals(text)).findFirst();
	}

	/**
	 * The {@code callback_data} of the button labelled {@code buttonText}.
	 * @throws AssertionError naming the buttons there are, if there is no such callback button
	 */
	public String callbackData(String buttonText) {
		return button(buttonText).map(Button::callbackData)
			.orElseThrow(() -> new AssertionError("No callback button \"" + buttonText + "\" in message " + this.messageId
					+ " of chat " + this.chatId + "; its buttons are " + buttonTexts()));
	}

	/** Whether the message has an inline keyboard now. */
	public boolean hasKeyboard() {
		return !this.keyboard.isEmpty();
	}

	/** Whether the bot edited the message (text or keyboard) since sending it. */
	public boolean edited() {
		return this.editCount > 0;
	}

	/** The message entities ({@code bold}, {@code text_link}, ...) of the current text; an empty array if none. */
	public JsonNode entities() {
		JsonNode entities = this.json.path("entities");
		return entities.isMissingNode() ? this.json.path("caption_entities") : entities;
	}

	/** One line for failure messages: id, text and buttons. */
	public String describe() {
		String buttons = this.keyboard.stream()
			.map((row) -> row.stream().map(Button::text).collect(Collectors.joining(" | ")))
			.collect(Collectors.joining(" / "));
		return "#" + this.messageId + (this.edited() ? " (edited " + this.editCount + "x)" : "") + " " + this.kind + " \""
				+ this.text + "\"" + (buttons.isEmpty() ? "" : " [" + buttons + "]");
	}

}
