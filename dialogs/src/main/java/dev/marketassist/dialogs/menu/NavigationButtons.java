package dev.marketassist.dialogs.menu;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.engine.DialogButtons;
import dev.marketassist.dialogs.engine.Turn;

/**
 * Which buttons only navigate: a dialog's Back, Skip and Cancel, the main menu's items and links.
 * A prompt whose buttons all navigate keeps them when a newer prompt replaces it (docs/performance.md,
 * "Calls per update"): they answer no question, so an old one on screen misleads nobody, and a
 * press on it is answered with a toast pointing to the latest message (its nonce is no longer
 * live). A prompt with an answer among its buttons (an option, Keep, Submit, Yes / No) has them
 * removed when it is superseded, so that the chat shows which questions are settled. One Bot API
 * call less for most steps of a dialog.
 */
public final class NavigationButtons {

	private static final Set<DialogButtons> NAVIGATION = Set.of(DialogButtons.BACK, DialogButtons.SKIP, DialogButtons.CANCEL);

	private NavigationButtons() {
	}

	/** Whether every button of this (non-empty) keyboard only navigates. */
	public static boolean only(List<List<Button>> keyboard) {
		if (keyboard == null || keyboard.isEmpty()) {
			return false;
		}
		for (List<Button> row : keyboard) {
			for (Button button : row) {
				if (!navigates(button)) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * Whether a press whose nonce is no longer live was on a navigating button left on an older
	 * prompt (answered with a toast pointing to the latest message, not "already done").
	 */
	static boolean superseded(Turn turn, String data) {
		return navigates(data) && !Objects.equals(turn.pressedMessageId(), turn.session().getPromptMessageId());
	}

	/** Whether a button with this callback data only navigates. */
	public static boolean navigates(String data) {
		return DialogButtons.TYPE.decode(data).map((press) -> NAVIGATION.contains(press.action())).orElse(false)
				|| RouterButtons.MENU.decode(data).isPresent();
	}

	private static boolean navigates(Button button) {
		return (button.data() == null) ? button.url() != null : navigates(button.data());
	}

}
