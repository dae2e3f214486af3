package dev.marketassist.dialogs.review;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.engine.ButtonType;

/**
 * The review desk's buttons (the argument is a ticket) and the provider's "Fix" under a result.
 * <p>
 * Data: {@code v:<nonce>:<code>[:<arg>]} (see {@link ButtonType} for how to add one).
 */
public enum ReviewButtons implements ButtonType.Specified {

	/** show the queue */
	QUEUE("q", 0, false),
	/** show a ticket */
	OPEN("o", 1, false),
	/** claim a ticket */
	CLAIM("c", 1, true),
	/** release a claimed ticket */
	RELEASE("u", 1, true),
	/** approve */
	APPROVE("a", 1, true),
	/** start the rejection dialog */
	REJECT("j", 1, true),
	/** send the logo */
	LOGO("fl", 1, false),
	/** send the usage document */
	DOCUMENT("fd", 1, false),
	/** fix and resubmit (the provider) */
	FIX("f", 1, true);

	/** This feature's button type. */
	public static final ButtonType<ReviewButtons> TYPE = new ButtonType<>("v", ReviewButtons.class);

	private final ButtonType.Spec spec;

	ReviewButtons(String code, int arity, boolean effect) {
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
