package dev.marketassist.dialogs.account;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.engine.ButtonType;

/**
 * The account view's buttons.
 * <p>
 * Data: {@code ac:<nonce>:<code>[:<arg>]} (see {@link ButtonType} for how to add one).
 */
public enum AccountButtons implements ButtonType.Specified {

	/** start the account-change dialog */
	EDIT("e", 0, true);

	/** This feature's button type. */
	public static final ButtonType<AccountButtons> TYPE = new ButtonType<>("ac", AccountButtons.class);

	private final ButtonType.Spec spec;

	AccountButtons(String code, int arity, boolean effect) {
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
