package dev.marketassist.dialogs.product;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.engine.ButtonType;

/**
 * The product buttons (the argument is a product, or for LIST a page).
 * <p>
 * Data: {@code p:<nonce>:<code>[:<arg>]} (see {@link ButtonType} for how to add one).
 */
public enum ProductButtons implements ButtonType.Specified {

	/** a page of the list */
	LIST("l", 1, false),
	/** create a product */
	NEW("n", 0, true),
	/** a product's page */
	VIEW("v", 1, false),
	/** modify or fix */
	EDIT("e", 1, true),
	/** ask to confirm delisting */
	DELIST("d", 1, false),
	/** delist */
	DELIST_YES("dy", 1, true),
	/** relist */
	RELIST("r", 1, true);

	/** This feature's button type. */
	public static final ButtonType<ProductButtons> TYPE = new ButtonType<>("p", ProductButtons.class);

	private final ButtonType.Spec spec;

	ProductButtons(String code, int arity, boolean effect) {
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
