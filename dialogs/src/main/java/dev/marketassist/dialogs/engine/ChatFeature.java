package dev.marketassist.dialogs.engine;

import java.util.Set;

/**
 * A feature reachable from chat outside the step-by-step dialogs: its commands (/orders), its
 * deep links ({@code /start order_<token>}), its main-menu item and its buttons (callback data
 * starting with its prefix). Features are Spring beans; the router finds them.
 * <p>
 * A feature's buttons are one {@link ButtonType} (its prefix and actions); the router acts on a
 * press once, while the nonce of the message it was on is live. A feature still re-checks its
 * state when pressed (and the domain refuses illegal transitions): it never trusts the button.
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

	/** This feature's buttons and what a press does ({@code BUTTONS.route(this::press)}), or {@code null}. */
	default ButtonType.Route<?> buttons() {
		return null;
	}

	/** Prefix of the invoice payloads this feature issued, or {@code null}. */
	default String paymentPrefix() {
		return null;
	}

	/** Handles a completed payment of one of this feature's invoices. */
	default void paid(Turn turn, dev.marketassist.dialogs.Input.Payment payment) {
	}

}
