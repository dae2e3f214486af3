package dev.marketassist.dialogs.engine;

import java.util.Set;

/**
 * A feature reachable from chat outside the step-by-step dialogs: its commands (/orders), its
 * deep links ({@code /start order_<token>}), its main-menu item and its buttons (callback data
 * starting with its prefix). Features are Spring beans; the router finds them.
 * <p>
 * Button data of a feature is {@code <prefix>:<...>} and must stay within 64 bytes
 * ({@link Callbacks#of}). A button may arrive late or twice: a feature re-checks its state
 * (and the domain refuses illegal transitions), it never trusts the button.
 */
public interface ChatFeature {

	/** Commands handled here, without the slash, lower case. */
	default Set<String> commands() {
		return Set.of();
	}

	/** Handles {@code /command argument}. */
	default void command(Turn turn, String command, String argument) {
	}

	/** Deep-link prefix handled here ({@code /start <prefix>_<rest>}), or {@code null}. */
	default String deepLinkPrefix() {
		return null;
	}

	/** Handles {@code /start <prefix>_<rest>}; {@code rest} is what follows the underscore. */
	default void deepLink(Turn turn, String rest) {
	}

	/** The main-menu item opened here ({@code shop}, {@code products}, {@code orders}), or {@code null}. */
	default String menuItem() {
		return null;
	}

	/** Opens the feature from the main menu. */
	default void openFromMenu(Turn turn) {
	}

	/** Callback-data prefix of this feature's buttons, or {@code null}. Must not be d, r, m or l. */
	default String buttonPrefix() {
		return null;
	}

	/** Prefix of the invoice payloads this feature issued, or {@code null}. */
	default String paymentPrefix() {
		return null;
	}

	/** Handles a completed payment of one of this feature's invoices. */
	default void paid(Turn turn, dev.marketassist.dialogs.Input.Payment payment) {
	}

	/** Handles a press of one of this feature's buttons; {@code parts} is the data split at ':'. */
	default void press(Turn turn, String[] parts) {
	}

}
