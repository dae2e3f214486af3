package dev.marketassist.dialogs.team;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.engine.ButtonType;

/**
 * /team's buttons; the argument is the member's Telegram user id. Each press re-checks in the domain
 * that the presser owns the provider and the member still operates it.
 * <p>
 * Data: {@code tm:<nonce>:<code>:<member>} (see {@link ButtonType} for how to add one).
 */
public enum TeamButtons implements ButtonType.Specified {

	/** ask to confirm removing the member (view only) */
	ASK("x", 1, false),
	/** remove the member */
	REMOVE("y", 1, true),
	/** keep the member */
	KEEP("n", 1, true);

	/** This feature's button type. */
	public static final ButtonType<TeamButtons> TYPE = new ButtonType<>("tm", TeamButtons.class);

	private final ButtonType.Spec spec;

	TeamButtons(String code, int arity, boolean effect) {
		this.spec = new ButtonType.Spec(code, arity, effect);
	}

	@Override
	public ButtonType.Spec spec() {
		return spec;
	}

	/** A button of this action with the label as given (already plain text). */
	public Button button(String label, String... args) {
		return TYPE.button(label, this, args);
	}

}
