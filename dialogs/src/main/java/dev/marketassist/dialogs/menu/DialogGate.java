package dev.marketassist.dialogs.menu;

import dev.marketassist.dialogs.engine.Turn;

/**
 * Decides whether the user may start or resume a dialog from the menu or the resume offer (for
 * example: onboarding is for new sellers only). The domain refuses too when the dialog is
 * submitted; a gate only spares the user a dialog that cannot succeed.
 */
public interface DialogGate {

	/**
	 * @return {@code true} if the user may not open {@code dialog} now; the gate then has told
	 * the user why and where to go instead
	 */
	boolean refuses(Turn turn, String dialog);

}
