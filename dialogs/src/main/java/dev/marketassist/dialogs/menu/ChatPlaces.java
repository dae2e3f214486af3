package dev.marketassist.dialogs.menu;

import java.util.Set;

import dev.marketassist.dialogs.Input;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.dialogs.engine.Turn;

/**
 * Where the assistant acts: only in a private chat with a person. In a group everyone reads
 * along (contact details, invitation links, review tickets, orders), so there it only answers
 * /help and /language and otherwise asks to be used in a private chat, revealing nothing.
 * Messages sent in the name of a chat (anonymous group admins, channels) are refused everywhere:
 * their sender is no one in particular, all of them share one user id. A button press is always
 * answered (with a short notice), other input in a group is left alone.
 */
final class ChatPlaces {

	/** What a group may ask: nothing in it depends on who asks. */
	private static final Set<String> GROUP_COMMANDS = Set.of("help", "language");

	private ChatPlaces() {
	}

	/** @return whether the input may be handled; if not, the refusal is already said */
	static boolean admits(Turn turn, Input input) {
		if (turn.from().privateChat()) {
			return true;
		}
		if (!turn.from().onBehalfOfChat()) {
			if (input instanceof Input.Command command && GROUP_COMMANDS.contains(command.name())) {
				return true;
			}
			if (input instanceof Input.Choice choice && choice.data() != null && choice.data().startsWith("l:")) {
				return true;
			}
		}
		String key = turn.from().onBehalfOfChat() ? "chat.anonymous" : "chat.private-only";
		Texts t = turn.texts();
		if (input instanceof Input.Choice) {
			turn.notice(t.plain(key));
		}
		else if (input instanceof Input.Command) {
			turn.say(t.get(key));
		}
		return false;
	}

}
