package dev.marketassist.dialogs.order;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.engine.ButtonType;

/**
 * The order buttons (the argument is an order, or for LIST which list: a, b or a status).
 * <p>
 * Data: {@code o:<nonce>:<code>[:<arg>]} (see {@link ButtonType} for how to add one).
 */
public enum OrderButtons implements ButtonType.Specified {

	/** a list of orders */
	LIST("l", 1, false),
	/** an order's card */
	VIEW("v", 1, false),
	/** ask to confirm the start */
	START("s", 1, false),
	/** ask to confirm the finish */
	FINISH("f", 1, false),
	/** ask the buyer to confirm completion */
	CONFIRM("c", 1, false),
	/** start implementation */
	START_YES("sy", 1, true),
	/** mark done */
	FINISH_YES("fy", 1, true),
	/** confirm completion */
	CONFIRM_YES("cy", 1, true),
	/** urge the buyer */
	URGE("u", 1, true),
	/** show the requirements */
	REQUIREMENTS("r", 1, false),
	/** fill in the requirement form */
	FORM("q", 1, true),
	/** "not done yet" */
	NOT_DONE("n", 1, true);

	/** This feature's button type. */
	public static final ButtonType<OrderButtons> TYPE = new ButtonType<>("o", OrderButtons.class);

	private final ButtonType.Spec spec;

	OrderButtons(String code, int arity, boolean effect) {
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
