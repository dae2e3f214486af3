package dev.marketassist.dialogs;

import java.util.Optional;

/**
 * Links that open a chat with the assistant and send it {@code /start <parameter>}. The channel
 * builds them (on Telegram: {@code https://t.me/<bot>?start=<parameter>}); the conversations only
 * know the start parameters. Without a link (no bot username configured) the user is given the
 * {@link #command} to send instead.
 */
public interface StartLinks {

	/** Start parameter of an operator invitation: {@code invite_<token>}. */
	String INVITE = "invite_";

	/** Start parameter of a buyer's order link: {@code order_<token>}. */
	String ORDER = "order_";

	/**
	 * @param startParameter what the chat receives as {@code /start <startParameter>}
	 * @return the link, or empty when the channel has none
	 */
	Optional<String> link(String startParameter);

	/** The link of an operator invitation, if there is one. */
	default Optional<String> invite(String token) {
		return link(INVITE + token);
	}

	/** The link of a buyer's order, if there is one. */
	default Optional<String> order(String token) {
		return link(ORDER + token);
	}

	/** What the user sends when there is no link: {@code /start <startParameter>}. */
	static String command(String startParameter) {
		return "/start " + startParameter;
	}

	/** No links: every start is given as the command. */
	static StartLinks none() {
		return parameter -> Optional.empty();
	}

}
