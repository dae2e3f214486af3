package dev.marketassist.dialogs.menu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.Input;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.dialogs.engine.Callbacks;
import dev.marketassist.dialogs.engine.ChatFeature;
import dev.marketassist.dialogs.engine.DialogEngine;
import dev.marketassist.dialogs.engine.Turn;
import dev.marketassist.dialogs.session.DialogState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what an input means: a command (/start, /help, /cancel, /language), a main-menu or
 * language button, the resume offer, or an answer for the active dialog. Fallbacks shared by all
 * dialogs live here, so a dialog definition holds only its steps.
 */
public final class ConversationRouter {

	private static final Logger log = LoggerFactory.getLogger(ConversationRouter.class);

	/** Main-menu items and the dialog each starts (absent: not available yet). */
	private static final List<String> MENU = List.of("seller", "shop", "products", "orders", "help");

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
		for (ChatFeature feature : features) {
			if (feature.buttonPrefix() != null && List.of("d", "r", "m", "l").contains(feature.buttonPrefix())) {
				throw new IllegalArgumentException("button prefix " + feature.buttonPrefix() + " is the router's");
			}
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
		String seq = turn.nextSeq();
		StringBuilder html = new StringBuilder(t.get("start.greeting", name)).append("\n\n").append(t.get("resume.offer"));
		List<List<Button>> keyboard = new ArrayList<>();
		for (DialogState state : unfinished) {
			if (engine.find(state.getDialog()).isEmpty()) {
				continue;
			}
			html.append("\n• ").append(engine.title(t, state.getDialog())).append(" — ").append(engine.progress(t, state));
			keyboard.add(List.of(
					Button.choice(t.plain("resume.continue", t.plain(state.getDialog() + ".title")),
							Callbacks.of("r", seq, "c", state.getDialog())),
					Button.choice(t.plain("resume.restart"), Callbacks.of("r", seq, "n", state.getDialog()))));
		}
		keyboard.add(List.of(Button.choice(t.plain("menu.open"), Callbacks.of("m", "menu"))));
		turn.prompt(html.toString(), keyboard);
	}

	private void button(Turn turn, Input.Choice choice) {
		String[] parts = Callbacks.parse(choice.data());
		switch (parts[0]) {
			case "m" -> menu(turn, parts.length > 1 ? parts[1] : "");
			case "l" -> {
				if (!LanguageChoice.choose(turn, parts.length > 1 ? parts[1] : "")) {
					stale(turn);
				}
			}
			case "r" -> resume(turn, parts);
			case "d" -> {
				if (turn.session().getActive() == null || !engine.handle(turn, choice)) {
					stale(turn);
				}
			}
			default -> {
				for (ChatFeature feature : features) {
					if (parts[0].equals(feature.buttonPrefix())) {
						press(turn, feature, parts);
						return;
					}
				}
				log.debug("A button of no feature was pressed ({} parts)", parts.length);
				stale(turn);
			}
		}
	}

	/** Button data may be forged: data a feature cannot read is a stale button, logged without the data. */
	private void press(Turn turn, ChatFeature feature, String[] parts) {
		try {
			feature.press(turn, parts);
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException malformed) {
			log.info("Ignored an unreadable button of feature '{}' ({} parts)", feature.buttonPrefix(), parts.length);
			stale(turn);
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
		else if (MENU.contains(item)) {
			turn.notice(t.plain("menu.not-yet"));
			turn.say(t.get("menu.not-yet"));
		}
		else {
			stale(turn);
		}
	}

	private ChatFeature feature(String menuItem) {
		return features.stream().filter(f -> menuItem.equals(f.menuItem())).findFirst().orElse(null);
	}

	private void resume(Turn turn, String[] parts) {
		if (parts.length < 4 || !parts[1].equals(Integer.toString(turn.session().getPromptSeq()))
				|| engine.find(parts[3]).isEmpty()) {
			stale(turn);
			return;
		}
		String dialog = parts[3];
		DialogState active = turn.session().getActive();
		boolean isActive = active != null && active.getDialog().equals(dialog);
		if (!isActive && !turn.session().getDrafts().containsKey(dialog)) {
			stale(turn);
			return;
		}
		if (refused(turn, dialog)) {
			return;
		}
		if ("n".equals(parts[2])) {
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

	private boolean refused(Turn turn, String dialog) {
		return gates.stream().anyMatch(gate -> gate.refuses(turn, dialog));
	}

	private void pauseActive(Turn turn) {
		DialogState active = turn.session().getActive();
		if (active != null) {
			active.setMode(DialogState.Mode.ASKING);
			turn.session().getDrafts().put(active.getDialog(), active);
			turn.session().setActive(null);
		}
	}

	private void stale(Turn turn) {
		turn.notice(turn.texts().plain("button.stale"));
		turn.retirePressed();
	}

	/** The main menu as buttons. */
	public static List<List<Button>> mainMenu(Texts t) {
		return List.of(List.of(Button.choice(t.plain("menu.seller"), Callbacks.of("m", "seller"))),
				List.of(Button.choice(t.plain("menu.shop"), Callbacks.of("m", "shop")),
						Button.choice(t.plain("menu.products"), Callbacks.of("m", "products"))),
				List.of(Button.choice(t.plain("menu.orders"), Callbacks.of("m", "orders")),
						Button.choice(t.plain("menu.help"), Callbacks.of("m", "help"))));
	}

}
