package dev.marketassist.dialogs.engine;

/**
 * The controls of a dialog's prompts ({@code d}): choose an option, keep the current answer, skip,
 * back, cancel (and its yes / no), edit an answer from the summary, submit, and the row buttons of
 * a step answered row by row. Every one moves the dialog, so each consumes its prompt's nonce.
 */
public enum DialogButtons implements ButtonType.Action {

	CHOOSE("o", 1), KEEP("k", 0), SKIP("s", 0), BACK("b", 0), CANCEL("x", 0), CANCEL_YES("xy", 0), CANCEL_NO("xn", 0),
	EDIT("e", 1), SUBMIT("ok", 0), ROW_ADD("ra", 0), ROW_REMOVE("rr", 0), ROWS_CLEAR("rc", 0), ROWS_DONE("rd", 0);

	/** The dialogs' button type. */
	public static final ButtonType<DialogButtons> TYPE = new ButtonType<>("d", DialogButtons.class);

	private final String code;

	private final int arity;

	DialogButtons(String code, int arity) {
		this.code = code;
		this.arity = arity;
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
		return true;
	}

	/** A control button. */
	static dev.marketassist.dialogs.Button button(String label, DialogButtons action, String... args) {
		return TYPE.button(label, action, args);
	}

}
