package dev.marketassist.dialogs.account;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.engine.ButtonType;

/**
 * The account view's buttons.
 * <p>
 * Data: {@code ac:<nonce>:<code>[:<arg>]} (see {@link ButtonType} for how to add one).
 */
public enum AccountButtons implements ButtonType.Action {

	/** start the account-change dialog */
	EDIT("e", 0, true);

	/** This feature's button type. */
	public static final ButtonType<AccountButtons> TYPE = new ButtonType<>("ac", AccountButtons.class);

	private final String code;

	private final int arity;

	private final boolean effect;

	AccountButtons(String code, int arity, boolean effect) {
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
