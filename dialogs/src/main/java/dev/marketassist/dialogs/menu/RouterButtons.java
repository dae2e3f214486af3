package dev.marketassist.dialogs.menu;

import dev.marketassist.dialogs.engine.ButtonType;

/**
 * The router's own buttons: the main menu ({@code m}), the resume offer ({@code r}) and the
 * language choice ({@code l}). See {@link ButtonType} for how a button is added.
 */
final class RouterButtons {

	private RouterButtons() {
	}

	/** The main menu's items. */
	public enum MenuAction implements ButtonType.Action {

		SELLER("s", "seller", true), SHOP("sh", "shop", true), PRODUCTS("p", "products", true), ORDERS("o", "orders", true),
		HELP("h", "help", false), MENU("m", "menu", false);

		private final String code;

		private final String item;

		private final boolean effect;

		MenuAction(String code, String item, boolean effect) {
			this.code = code;
			this.item = item;
			this.effect = effect;
		}

		/** The main-menu item it opens. */
		String item() {
			return item;
		}

		@Override
		public String code() {
			return code;
		}

		@Override
		public int arity() {
			return 0;
		}

		@Override
		public boolean effect() {
			return effect;
		}

	}

	/** The resume offer's buttons; the argument is the dialog. */
	public enum ResumeAction implements ButtonType.Action {

		CONTINUE("c"), RESTART("n");

		private final String code;

		ResumeAction(String code) {
			this.code = code;
		}

		@Override
		public String code() {
			return code;
		}

		@Override
		public int arity() {
			return 1;
		}

		@Override
		public boolean effect() {
			return true;
		}

	}

	/** The language choice; the argument is the language's tag. */
	public enum LanguageAction implements ButtonType.Action {

		CHOOSE;

		@Override
		public String code() {
			return "c";
		}

		@Override
		public int arity() {
			return 1;
		}

		@Override
		public boolean effect() {
			return true;
		}

	}

	/** Main-menu buttons ({@code m}). */
	public static final ButtonType<MenuAction> MENU = new ButtonType<>("m", MenuAction.class);

	static final ButtonType<ResumeAction> RESUME = new ButtonType<>("r", ResumeAction.class);

	static final ButtonType<LanguageAction> LANGUAGE = new ButtonType<>("l", LanguageAction.class);

}
