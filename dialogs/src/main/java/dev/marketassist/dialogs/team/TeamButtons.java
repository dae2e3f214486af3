package dev.marketassist.dialogs.team;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.engine.ButtonType;

/**
 * /team's buttons; the argument is the member's Telegram user id. Each press re-checks in the domain
 * that the presser owns the provider and the member still operates it.
 * <p>
 * Data: {@code tm:<nonce>:<code>:<member>} (see {@link ButtonType} for how to add one).
 */
public enum TeamButtons implements ButtonType.Action {

	/** ask to confirm removing the member (view only) */
	ASK("x", 1, false),
	/** remove the member */
	REMOVE("y", 1, true),
	/** keep the member */
	KEEP("n", 1, true);

	/** This feature's button type. */
	public static final ButtonType<TeamButtons> TYPE = new ButtonType<>("tm", TeamButtons.class);

	private final String code;

	private final int arity;

	private final boolean effect;

	TeamButtons(String code, int arity, boolean effect) {
		this.code = code;
		this.arity = arity;
		this.effect = effect;
	}

	@Override
	public String code() {
		return code;
	}

	@Override
	public int arity() {
		return arity;
	}

	@Override
	public boolean effect() {
		return effect;
	}

	/** A button of this action with the label as given (already plain text). */
	public Button button(String label, String... args) {
		return TYPE.button(label, this, args);
	}

}
