package dev.marketassist.dialogs.menu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.Input;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.dialogs.engine.ButtonType;
import dev.marketassist.dialogs.engine.ButtonType.Press;
import dev.marketassist.dialogs.engine.ChatFeature;
import dev.marketassist.dialogs.engine.DialogButtons;
import dev.marketassist.dialogs.engine.DialogEngine;
import dev.marketassist.dialogs.engine.Turn;
import dev.marketassist.dialogs.session.DialogState;

/**
 * Decides what an input means: a command (/start, /help, /cancel, /language), a button (by its
 * {@link ButtonType}: the main menu, the language, the resume offer, a dialog's controls, a
 * feature's), or an answer for the active dialog. Fallbacks shared by all dialogs live here, so a
 * dialog definition holds only its steps.
 * <p>
 * Every press goes through one gate ({@link #button}): data no type can read is "no longer
 * active"; a press whose message nonce is not live any more (pressed before, or an older message)
 * is "already done" and changes nothing; a press with an effect consumes the nonce in the same
 * session write as its effect.
 */
public final class ConversationRouter {

	private final Map<String, ButtonType.Route<?>> routes = new java.util.HashMap<>();

	private final DialogEngine engine;

	private final Map<String, String> menuDialogs;

	private final List<ChatFeature> features;

	private final List<DialogGate> gates;

	/**
	 * @param menuDialogs main-menu item to dialog name, for the items whose dialog exists
	 */
	public ConversationRouter(DialogEngine engine, Map<String, String> menuDialogs) {
		this(engine, menuDialogs, List.of(), List.of());
	}

	/**
	 * @param menuDialogs main-menu item to dialog name, for the items whose dialog exists
	 * @param features the other features reachable from chat
	 * @param gates who may open which dialog
	 */
	public ConversationRouter(DialogEngine engine, Map<String, String> menuDialogs, List<ChatFeature> features,
			List<DialogGate> gates) {
		this.engine = engine;
		this.menuDialogs = Map.copyOf(menuDialogs);
		this.features = List.copyOf(features);
		this.gates = List.copyOf(gates);
		add(RouterButtons.MENU.route((turn, press) -> menu(turn, press.action().item())));
		add(RouterButtons.RESUME.route(this::resume));
		add(RouterButtons.LANGUAGE.route((turn, press) -> LanguageChoice.choose(turn, press.arg())));
		add(DialogButtons.TYPE.route((turn, press) -> {
			if (turn.session().getActive() == null) {
				done(turn);
			}
			else {
				engine.press(turn, press);
			}
		}));
		for (ChatFeature feature : features) {
			if (feature.buttons() != null) {
				add(feature.buttons());
			}
		}
	}

	private void add(ButtonType.Route<?> route) {
		if (routes.putIfAbsent(route.type().prefix(), route) != null) {
			throw new IllegalArgumentException("button prefix " + route.type().prefix() + " is taken");
		}
	}

	public void route(Turn turn, Input input) {
		if (!ChatPlaces.admits(turn, input)) {
			return;
		}
		if (input instanceof Input.Command command) {
			command(turn, command);
		}
		else if (input instanceof Input.Choice choice) {
			button(turn, choice);
		}
		else if (input instanceof Input.Payment payment) {
			features.stream()
				.filter(f -> f.paymentPrefix() != null && payment.payload().startsWith(f.paymentPrefix()))
				.findFirst()
				.ifPresentOrElse(f -> f.paid(turn, payment), () -> turn.say(turn.texts().get("payment.unknown")));
		}
		else if (turn.session().getActive() != null) {
			engine.handle(turn, input);
		}
		else {
			turn.prompt(turn.texts().get("menu.hint"), mainMenu(turn.texts()));
		}
	}

	private void command(Turn turn, Input.Command command) {
		for (ChatFeature feature : features) {
			if (feature.commands().contains(command.name())) {
				feature.command(turn, command.name(), command.argument());
				return;
			}
		}
		if ("start".equals(command.name()) && !command.argument().isBlank()) {
			deepLink(turn, command.argument());
			return;
		}
		switch (command.name()) {
			case "start" -> start(turn);
			case "help" -> turn.say(turn.texts().get("help.text"));
			case "menu" -> turn.prompt(turn.texts().get("menu.title"), mainMenu(turn.texts()));
			case "language" -> LanguageChoice.ask(turn);
			case "cancel" -> {
				if (turn.session().getActive() != null) {
					engine.requestCancel(turn);
				}
				else {
					turn.say(turn.texts().get("cancel.nothing"));
				}
			}
			default -> turn.say(turn.texts().get("command.unknown", "/" + command.name()));
		}
	}

	private void deepLink(Turn turn, String payload) {
		int underscore = payload.indexOf('_');
		String prefix = underscore < 0 ? payload : payload.substring(0, underscore);
		for (ChatFeature feature : features) {
			if (prefix.equals(feature.deepLinkPrefix())) {
				feature.deepLink(turn, underscore < 0 ? "" : payload.substring(underscore + 1));
				return;
			}
		}
		turn.say(turn.texts().get("deeplink.unknown"));
		start(turn);
	}

	private void start(Turn turn) {
		Texts t = turn.texts();
		String name = turn.from().firstName() == null ? "" : turn.from().firstName();
		List<DialogState> unfinished = new ArrayList<>();
		if (turn.session().getActive() != null) {
			unfinished.add(turn.session().getActive());
		}
		unfinished.addAll(turn.session().getDrafts().values());
		if (unfinished.isEmpty()) {
			turn.prompt(t.get("start.greeting", name), mainMenu(t));
			return;
		}
		StringBuilder html = new StringBuilder(t.get("start.greeting", name)).append("\n\n").append(t.get("resume.offer"));
		List<List<Button>> keyboard = new ArrayList<>();
		for (DialogState state : unfinished) {
			if (engine.find(state.getDialog()).isEmpty()) {
				continue;
			}
			html.append("\n• ").append(engine.title(t, state.getDialog())).append(" — ").append(engine.progress(t, state));
			keyboard.add(List.of(
					RouterButtons.RESUME.button(t.plain("resume.continue", t.plain(state.getDialog() + ".title")),
							RouterButtons.ResumeAction.CONTINUE, state.getDialog()),
					RouterButtons.RESUME.button(t.plain("resume.restart"), RouterButtons.ResumeAction.RESTART, state.getDialog())));
		}
		keyboard.add(List.of(RouterButtons.MENU.button(t.plain("menu.open"), RouterButtons.MenuAction.MENU)));
		turn.prompt(html.toString(), keyboard);
	}

	/** The one gate of every press: decoded by its type, acted on once while its nonce is live. */
	private void button(Turn turn, Input.Choice choice) {
		ButtonType.Route<?> route = routes.get(ButtonType.prefixOf(choice.data()));
		ButtonType.Pressed pressed = route == null ? null : route.decode(choice.data()).orElse(null);
		if (pressed == null) {
			turn.notice(turn.texts().plain("button.stale"));
			return;
		}
		if (!turn.session().isLive(pressed.nonce())) {
			turn.notice(turn.texts().plain(NavigationButtons.superseded(turn, choice.data()) ? "button.superseded" : "button.done"));
			return;
		}
		turn.pressing(pressed.nonce());
		if (pressed.effect()) {
			turn.session().consume(pressed.nonce());
		}
		pressed.run().accept(turn);
		if (pressed.effect()) {
			turn.settlePressed();
		}
	}

	private void menu(Turn turn, String item) {
		Texts t = turn.texts();
		if ("menu".equals(item)) {
			turn.replacePressed(t.get("menu.title"), mainMenu(t));
		}
		else if ("help".equals(item)) {
			turn.say(t.get("help.text"));
		}
		else if (feature(item) != null) {
			feature(item).openFromMenu(turn);
		}
		else if (menuDialogs.containsKey(item)) {
			String dialog = menuDialogs.get(item);
			if (refused(turn, dialog)) {
				return;
			}
			DialogState active = turn.session().getActive();
			if (active != null && active.getDialog().equals(dialog)) {
				engine.show(turn, null);
			}
			else if (turn.session().getDrafts().containsKey(dialog)) {
				pauseActive(turn);
				turn.session().setActive(turn.session().getDrafts().remove(dialog));
				engine.show(turn, null);
			}
			else {
				pauseActive(turn);
				engine.start(turn, dialog);
			}
		}
		else {
			turn.notice(t.plain("menu.not-yet"));
			turn.say(t.get("menu.not-yet"));
		}
	}

	private ChatFeature feature(String menuItem) {
		return features.stream().filter(f -> menuItem.equals(f.menuItem())).findFirst().orElse(null);
	}

	private void resume(Turn turn, Press<RouterButtons.ResumeAction> press) {
		String dialog = press.arg();
		DialogState active = turn.session().getActive();
		boolean isActive = active != null && active.getDialog().equals(dialog);
		if (engine.find(dialog).isEmpty() || !isActive && !turn.session().getDrafts().containsKey(dialog)) {
			done(turn);
			return;
		}
		if (refused(turn, dialog)) {
			return;
		}
		if (press.action() == RouterButtons.ResumeAction.RESTART) {
			if (!isActive) {
				pauseActive(turn);
			}
			engine.start(turn, dialog);
			return;
		}
		if (!isActive) {
			pauseActive(turn);
			turn.session().setActive(turn.session().getDrafts().remove(dialog));
		}
		engine.show(turn, null);
	}

	private void pauseActive(Turn turn) {
		DialogState active = turn.session().getActive();
		if (active != null) {
			active.setMode(DialogState.Mode.ASKING);
			turn.session().getDrafts().put(active.getDialog(), active);
			turn.session().setActive(null);
		}
	}

	private boolean refused(Turn turn, String dialog) {
		return gates.stream().anyMatch(gate -> gate.refuses(turn, dialog));
	}

	/** A press on a message that was acted on or replaced: nothing happens, the user is told. */
	private static void done(Turn turn) {
		turn.notice(turn.texts().plain("button.done"));
	}

	/** The main menu as buttons. */
	public static List<List<Button>> mainMenu(Texts t) {
		return List.of(List.of(RouterButtons.MENU.button(t.plain("menu.seller"), RouterButtons.MenuAction.SELLER)),
				List.of(RouterButtons.MENU.button(t.plain("menu.shop"), RouterButtons.MenuAction.SHOP),
						RouterButtons.MENU.button(t.plain("menu.products"), RouterButtons.MenuAction.PRODUCTS)),
				List.of(RouterButtons.MENU.button(t.plain("menu.orders"), RouterButtons.MenuAction.ORDERS),
						RouterButtons.MENU.button(t.plain("menu.help"), RouterButtons.MenuAction.HELP)));
	}

	/** The main menu's "Become a seller" button (for notices that lead there). */
	public static Button sellerButton(String label) {
		return RouterButtons.MENU.button(label, RouterButtons.MenuAction.SELLER);
	}

}
