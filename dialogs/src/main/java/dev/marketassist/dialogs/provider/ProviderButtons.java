package dev.marketassist.dialogs.provider;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.engine.ButtonType;

/**
 * The seller's onboarding buttons after the company details: pay the fee or not now, set up
 * merchant accounts or the shop, and the /status checklist.
 * <p>
 * Data: {@code s:<nonce>:<code>[:<arg>]} (see {@link ButtonType} for how to add one).
 */
public enum ProviderButtons implements ButtonType.Specified {

	/** pay the certification fee (starts a payment) */
	PAY("p", 0, true),
	/** not now: the fee is deferred */
	LATER("l", 0, true),
	/** start the merchant-accounts dialog */
	MERCHANT("m", 0, true),
	/** start the shop dialog */
	SHOP("sh", 0, true),
	/** show the checklist */
	STATUS("st", 0, false);

	/** This feature's button type. */
	public static final ButtonType<ProviderButtons> TYPE = new ButtonType<>("s", ProviderButtons.class);

	private final ButtonType.Spec spec;

	ProviderButtons(String code, int arity, boolean effect) {
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
