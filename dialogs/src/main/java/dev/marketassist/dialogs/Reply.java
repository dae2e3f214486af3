package dev.marketassist.dialogs;

import java.util.List;

/**
 * A message the assistant owes a user: localized text in Telegram's HTML subset (every user
 * provided value already escaped) and rows of buttons.
 */
public record Reply(String html, List<List<Button>> keyboard) {

	public Reply {
		keyboard = keyboard == null ? List.of() : keyboard.stream().map(List::copyOf).toList();
	}

	public static Reply of(String html) {
		return new Reply(html, List.of());
	}

	public boolean hasKeyboard() {
		return !keyboard.isEmpty();
	}

}
