package dev.marketassist.dialogs.order;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import dev.marketassist.core.NotFound;
import dev.marketassist.core.Refused;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.dialogs.engine.ButtonType;
import dev.marketassist.dialogs.engine.ChatFeature;
import dev.marketassist.dialogs.engine.DialogEngine;
import dev.marketassist.dialogs.engine.Turn;
import dev.marketassist.dialogs.session.DialogState;
import dev.marketassist.order.Order;
import dev.marketassist.order.OrderAccess;
import dev.marketassist.order.OrderManagement;
import dev.marketassist.order.OrderSide;
import dev.marketassist.order.OrderStatus;
import org.springframework.stereotype.Component;

/**
 * Ops-service orders in chat (diagram: {@code orders.mmd}): the buyer link
 * ({@code /start order_<token>}), /orders and the main menu's "My orders", and the order buttons
 * ({@code o:<op>:<order id>}). Every button is checked again: the domain refuses anyone but the
 * order's buyer and the provider's operators, and any move the order's status does not allow.
 */
@Component
class OrderChats implements ChatFeature {

	private static final Set<OrderStatus> UNTIL_DONE = EnumSet.of(OrderStatus.AWAITING_START, OrderStatus.IN_PROGRESS);

	private static final Set<OrderStatus> AWAITING_CONFIRMATION = EnumSet.of(OrderStatus.AWAITING_CONFIRMATION);

	private final OrderManagement orders;

	private final OrderAccess access;

	private final OrderCards cards;

	private final OrderLists lists;

	private final DialogEngine engine;

	OrderChats(OrderManagement orders, OrderAccess access, OrderCards cards, OrderLists lists, DialogEngine engine) {
		this.orders = orders;
		this.access = access;
		this.cards = cards;
		this.lists = lists;
		this.engine = engine;
	}

	@Override
	public Set<String> commands() {
		return Set.of("orders");
	}

	@Override
	public void command(Turn turn, String command, String argument) {
		if (privateChat(turn)) {
			lists.overview(turn, false);
		}
	}

	@Override
	public String deepLinkPrefix() {
		return "order";
	}

	@Override
	public void deepLink(Turn turn, String token) {
		if (!privateChat(turn)) {
			return;
		}
		try {
			Order order = orders.linkBuyer(token, turn.from().userId());
			turn.say(turn.texts().get("order.linked", order.getMarketplaceOrderId()));
			turn.prompt(cards.card(turn.texts(), order, OrderSide.BUYER), cards.actions(turn.texts(), order, OrderSide.BUYER, true));
		}
		catch (Refused refused) {
			turn.say(turn.texts().get(refused));
		}
	}

	@Override
	public String menuItem() {
		return "orders";
	}

	@Override
	public void openFromMenu(Turn turn) {
		if (privateChat(turn)) {
			lists.overview(turn, true);
		}
	}

	@Override
	public ButtonType.Route<?> buttons() {
		return OrderButtons.TYPE.route(this::press);
	}

	private void press(Turn turn, ButtonType.Press<OrderButtons> press) {
		String id = press.arg();
		if (!privateChat(turn)) {
			return;
		}
		try {
			switch (press.action()) {
				case LIST -> lists.list(turn, id);
				case VIEW -> show(turn, access.open(id, turn.from().userId()));
				case START -> ask(turn, openFor(turn, id, OrderSide.PROVIDER, EnumSet.of(OrderStatus.AWAITING_START), "start"), "start",
						OrderButtons.START_YES);
				case FINISH -> ask(turn, openFor(turn, id, OrderSide.PROVIDER, EnumSet.of(OrderStatus.IN_PROGRESS), "finish"), "finish",
						OrderButtons.FINISH_YES);
				case CONFIRM -> ask(turn, openFor(turn, id, OrderSide.BUYER, AWAITING_CONFIRMATION, "confirm"), "confirm",
						OrderButtons.CONFIRM_YES);
				case START_YES -> done(turn, orders.start(id, turn.from().userId()), "started");
				case FINISH_YES -> done(turn, orders.finish(id, turn.from().userId()), "finished");
				case CONFIRM_YES -> done(turn, orders.confirm(id, turn.from().userId()), "confirmed");
				case URGE -> done(turn, orders.urge(id, turn.from().userId()), "urged");
				case REQUIREMENTS -> requirements(turn, id);
				case FORM -> form(turn, openFor(turn, id, OrderSide.BUYER, UNTIL_DONE, "submit-requirements"), OrderForms.REQUIREMENTS);
				case NOT_DONE -> form(turn, openFor(turn, id, OrderSide.BUYER, AWAITING_CONFIRMATION, "dispute"), OrderForms.DISPUTE);
			}
		}
		catch (Refused refused) {
			refuse(turn, id, turn.texts().get(refused));
		}
		catch (NotFound missing) {
			turn.notice(turn.texts().plain("order.not-found"));
			turn.say(turn.texts().get("order.not-found"));
		}
	}

	private void show(Turn turn, Order order) {
		OrderSide side = access.side(order, turn.from().userId());
		turn.replacePressed(cards.card(turn.texts(), order, side), cards.actions(turn.texts(), order, side, true));
	}

	/**
	 * The order, if the user is on {@code side} of it and its status is one of {@code allowedIn};
	 * else refused ({@code refused.order.<step>} for the status).
	 */
	private Order openFor(Turn turn, String id, OrderSide side, Set<OrderStatus> allowedIn, String step) {
		Order order = access.open(id, turn.from().userId());
		if (access.side(order, turn.from().userId()) != side) {
			throw new Refused("refused.order.not-yours");
		}
		if (!allowedIn.contains(order.getStatus())) {
			throw new Refused("refused.order." + step);
		}
		return order;
	}

	/** Asks to confirm a step ("start", "finish", "confirm") with its Yes button. */
	private void ask(Turn turn, Order order, String step, OrderButtons yes) {
		Texts t = turn.texts();
		turn.replacePressed(t.get("order.ask." + step, order.getMarketplaceOrderId(), cards.settings().autoConfirmAfter().toDays()),
				cards.yesOrBack(t, "order.button." + step + "-yes", yes, order));
	}

	private void done(Turn turn, Order order, String what) {
		Texts t = turn.texts();
		OrderSide side = access.side(order, turn.from().userId());
		turn.notice(t.plain("order.toast." + what));
		turn.replacePressed(t.get("order.done." + what, order.getMarketplaceOrderId()) + "\n\n" + cards.card(t, order, side),
				cards.actions(t, order, side, true));
	}

	private void requirements(Turn turn, String id) {
		Order order = access.open(id, turn.from().userId());
		Texts t = turn.texts();
		if (order.getRequirements() == null) {
			turn.say(t.get("order.requirements.missing"));
			return;
		}
		turn.say(t.get("order.requirements.title", order.getMarketplaceOrderId(), cards.at(order.getRequirements().submittedAt()))
				+ "\n\n" + cards.requirements(t, order));
	}

	/**
	 * Starts one of the buyer's forms about an order (the requirement form, the "not done yet"
	 * reason); another dialog in progress is paused, its answers kept for /start.
	 */
	private void form(Turn turn, Order order, String dialog) {
		DialogState other = turn.session().getActive();
		if (other != null && !other.getDialog().equals(dialog)) {
			other.setMode(DialogState.Mode.ASKING);
			turn.session().getDrafts().put(other.getDialog(), other);
			turn.session().setActive(null);
		}
		turn.say(turn.texts().get(dialog + ".for", order.getMarketplaceOrderId()));
		engine.start(turn, dialog,
				OrderForms.REQUIREMENTS.equals(dialog) ? OrderForms.context(order) : Map.of(OrderForms.ORDER, order.getId()));
	}

	/** A refusal: said, and the order shown as it stands now to whoever may see it. */
	private void refuse(Turn turn, String id, String message) {
		turn.notice(turn.texts().plain("order.refused"));
		turn.say(message);
		try {
			show(turn, access.open(id, turn.from().userId()));
		}
		catch (Refused | NotFound notTheirs) {
			turn.retirePressed();
		}
	}

	private static boolean privateChat(Turn turn) {
		if (turn.from().privateChat() && turn.from().chatId() == turn.from().userId()) {
			return true;
		}
		turn.say(turn.texts().get("order.private-only"));
		return false;
	}

}
