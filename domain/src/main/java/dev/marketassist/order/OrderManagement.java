package dev.marketassist.order;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.marketassist.product.ProductDetails;
import dev.marketassist.product.Products;
import dev.marketassist.product.ServiceType;
import dev.marketassist.core.InvalidValue;
import dev.marketassist.core.NotFound;
import dev.marketassist.core.Refused;
import dev.marketassist.core.calendar.WorkingDayCalendar;
import dev.marketassist.order.TransitionRecord.Party;
import dev.marketassist.provider.Providers;
import dev.marketassist.core.input.TextRule;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Commands on ops-service orders by the marketplace, the buyer and the provider's operators. Each
 * command checks who acts (only the order's buyer, only the provider's operators), asks the
 * {@link OrderLifecycle} whether the move is legal, records it with who, when and why, and
 * writes the order in one version-checked write (a concurrent change makes it decide again on
 * fresh state).
 */
@Service
public class OrderManagement {

	private static final int ATTEMPTS = 5;

	private final Orders orders;

	private final Providers providers;

	private final Products products;

	private final OrderAccess access;

	private final OrderSettings settings;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	private final OrderLifecycle lifecycle = new OrderLifecycle();

	public OrderManagement(Orders orders, Providers providers, Products products, OrderAccess access,
			OrderSettings settings, WorkingDayCalendar calendar, Clock clock) {
		this.orders = orders;
		this.providers = providers;
		this.products = products;
		this.access = access;
		this.settings = settings;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * A created (or, for a known marketplace order ID, the existing) order, and a new buyer-link
	 * token with its expiry while no buyer has opened one (both {@code null} after).
	 */
	public record Created(Order order, String token, Instant tokenExpiresAt, boolean isNew) {
	}

	/**
	 * Records a paid order. Idempotent on the marketplace's order ID: calling again returns the
	 * same order, with another valid link while the buyer has not linked. The product's
	 * requirement-form template is copied onto the order now ({@link #formTemplate}), so that a later
	 * modification of the product changes no order already bought.
	 * @throws InvalidValue {@code invalid.order.provider} for an unknown provider,
	 * {@code invalid.order.paid-at} for a paid time in the future
	 * @throws Refused {@code refused.order.different} if the ID exists with other details
	 */
	public Created create(NewOrder paid) {
		return create(paid, null);
	}

	/** {@link #create(NewOrder)} as reported through a system ({@code via}: its name, recorded in the order's history). */
	public Created create(NewOrder paid, String via) {
		Instant now = clock.instant();
		if (paid.paidAt().isAfter(now.plus(Duration.ofMinutes(5)))) {
			throw new InvalidValue("invalid.order.paid-at");
		}
		for (int attempt = 1;; attempt++) {
			Optional<Order> existing = orders.findByMarketplaceOrderId(paid.marketplaceOrderId());
			if (existing.isPresent()) {
				return again(existing.get(), paid, now);
			}
			providers.findById(paid.providerId()).orElseThrow(() -> new InvalidValue("invalid.order.provider", paid.providerId()));
			Order order = new Order(BuyerLinks.newOrderId(), paid, formTemplate(paid), now, calendar.dueAfter(paid.paidAt(), settings.responseWorkingDays()),
					via);
			String token = BuyerLinks.newToken(order.getId());
			Instant expires = now.plus(settings.linkValidity());
			order.addLink(BuyerLinks.hash(token), expires);
			try {
				return new Created(orders.save(order), token, expires, true);
			}
			catch (DuplicateKeyException | OptimisticLockingFailureException race) {
				if (attempt >= ATTEMPTS) {
					throw race;
				}
			}
		}
	}

	/**
	 * The requirement-form template of the product bought: the one buyers see (the listed version,
	 * else the latest) of an ops product of this provider known to the assistant; empty (the fixed
	 * form) for a product created elsewhere, of another provider, of another type or without one.
	 */
	private List<String> formTemplate(NewOrder paid) {
		return products.findById(paid.productId())
			.filter(product -> paid.providerId().equals(product.getProviderId()))
			.map(product -> product.getShownDetails())
			.filter(details -> details != null && details.type() == ServiceType.OPS)
			.map(ProductDetails::formFields)
			.orElse(List.of());
	}

	private Created again(Order order, NewOrder paid, Instant now) {
		if (!order.getProviderId().equals(paid.providerId()) || !order.getProductId().equals(paid.productId())
				|| order.getAmount().compareTo(paid.amount()) != 0) {
			throw new Refused("refused.order.different");
		}
		if (order.isBuyerLinked()) {
			return new Created(order, null, null, false);
		}
		String token = BuyerLinks.newToken(order.getId());
		Instant expires = now.plus(settings.linkValidity());
		Order saved = change(order.getId(), o -> {
			if (!o.isBuyerLinked()) {
				o.addLink(BuyerLinks.hash(token), expires);
			}
		});
		return saved.isBuyerLinked() ? new Created(saved, null, null, false) : new Created(saved, token, expires, false);
	}

	/**
	 * Links the chat of the Telegram user who opened a buyer link to its order. Opening it again
	 * (any link of the order) shows the same order.
	 * @throws Refused {@code refused.order.link.invalid} (wrong), {@code .used} (another buyer
	 * linked), {@code .expired}, {@code .own} (an operator of the order's provider)
	 */
	public Order linkBuyer(String token, long userId) {
		Instant now = clock.instant();
		Order linked = orders.findById(BuyerLinks.orderIdOf(token)).orElse(null);
		if (linked != null && Objects.equals(linked.getBuyerTelegramUserId(), userId) && linked.link(token).isPresent()) {
			return linked;
		}
		return change(BuyerLinks.orderIdOf(token), order -> {
			Order.Link link = order.link(token).orElseThrow(() -> new Refused("refused.order.link.invalid"));
			if (Objects.equals(order.getBuyerTelegramUserId(), userId)) {
				return;
			}
			if (order.isBuyerLinked()) {
				throw new Refused("refused.order.link.used");
			}
			if (!link.expiresAt().isAfter(now)) {
				throw new Refused("refused.order.link.expired");
			}
			if (access.isOperator(order, userId)) {
				throw new Refused("refused.order.link.own");
			}
			order.linkBuyer(userId);
			move(order, OrderTrigger.LINK_BUYER, Party.BUYER, userId, null);
		}, () -> new Refused("refused.order.link.invalid"));
	}

	/**
	 * The buyer sends (or replaces) the requirement form.
	 * @throws InvalidValue {@code invalid.order.form} if the form does not answer the order's
	 * template (its fields, in order; the fixed form for an order without one)
	 */
	public Order submitRequirements(String orderId, long userId, Requirements requirements) {
		return act(orderId, userId, OrderSide.BUYER, OrderTrigger.SUBMIT_REQUIREMENTS, null, order -> {
			if (!requirements.fields().equals(order.getFormTemplate())) {
				throw new InvalidValue("invalid.order.form");
			}
			order.setRequirements(requirements.at(clock.instant()));
		});
	}

	/** The provider starts implementation (开始实施). */
	public Order start(String orderId, long userId) {
		return act(orderId, userId, OrderSide.PROVIDER, OrderTrigger.START, null, order -> {
		});
	}

	/** The provider marks the implementation done; the buyer is asked to confirm. */
	public Order finish(String orderId, long userId) {
		return act(orderId, userId, OrderSide.PROVIDER, OrderTrigger.FINISH, null, order -> {
		});
	}

	/**
	 * The provider urges the buyer to confirm, at most once per {@code urge-interval}.
	 * @throws Refused {@code refused.order.urge-too-soon} (hours to wait),
	 * {@code refused.order.no-buyer} if no buyer opened the link
	 */
	public Order urge(String orderId, long userId) {
		return act(orderId, userId, OrderSide.PROVIDER, OrderTrigger.URGE, null, order -> {
			if (!order.isBuyerLinked()) {
				throw new Refused("refused.order.no-buyer");
			}
			Instant again = order.getLastUrgedAt() == null ? null : order.getLastUrgedAt().plus(settings.urgeInterval());
			if (again != null && again.isAfter(clock.instant())) {
				long hours = (Duration.between(clock.instant(), again).toMinutes() + 59) / 60;
				throw new Refused("refused.order.urge-too-soon", hours);
			}
		});
	}

	/** The buyer confirms completion (确认完成). */
	public Order confirm(String orderId, long userId) {
		return act(orderId, userId, OrderSide.BUYER, OrderTrigger.CONFIRM, null, order -> {
		});
	}

	/** The buyer says it is not done yet: back to the provider with the reason. */
	public Order dispute(String orderId, long userId, String reason) {
		String why = TextRule.LONG_TEXT.check(reason);
		return act(orderId, userId, OrderSide.BUYER, OrderTrigger.DISPUTE, why, order -> {
		});
	}

	/**
	 * Confirms an order nobody confirmed within the period, if it still awaits the confirmation
	 * of that round; otherwise changes nothing and returns empty.
	 */
	public Optional<Order> autoConfirm(String orderId, int round) {
		String reason = "no answer within " + settings.autoConfirmAfter().toDays() + " days";
		try {
			return Optional.of(change(orderId, order -> {
				if (!due(order, round)) {
					throw new Refused(OrderLifecycle.code(OrderTrigger.AUTO_CONFIRM));
				}
				move(order, OrderTrigger.AUTO_CONFIRM, Party.SYSTEM, null, reason);
			}));
		}
		catch (Refused | NotFound notDue) {
			return Optional.empty();
		}
	}

	private boolean due(Order order, int round) {
		return order.getStatus() == OrderStatus.AWAITING_CONFIRMATION && order.getRound() == round
				&& !clock.instant().isBefore(order.getDoneAt().plus(settings.autoConfirmAfter()));
	}

	public OrderSettings settings() {
		return settings;
	}

	/** Who may act, whether the lifecycle allows it, the command's own rules, then the move. */
	private Order act(String orderId, long userId, OrderSide side, OrderTrigger trigger, String reason, Consumer<Order> check) {
		return change(orderId, order -> {
			if (access.side(order, userId) != side) {
				throw new Refused("refused.order.not-yours");
			}
			OrderStatus next = lifecycle.next(order.getStatus(), trigger);
			check.accept(order);
			order.record(trigger, next, side == OrderSide.BUYER ? Party.BUYER : Party.PROVIDER, userId, clock.instant(), reason);
		}, () -> new NotFound("order " + orderId));
	}

	private void move(Order order, OrderTrigger trigger, Party by, Long userId, String reason) {
		order.record(trigger, lifecycle.next(order.getStatus(), trigger), by, userId, clock.instant(), reason);
	}

	/** Load, change, save; again on fresh state after a concurrent write. */
	private Order change(String orderId, Consumer<Order> change, Supplier<RuntimeException> missing) {
		for (int attempt = 1;; attempt++) {
			Order order = orders.findById(orderId).orElseThrow(missing);
			change.accept(order);
			try {
				return orders.save(order);
			}
			catch (OptimisticLockingFailureException conflict) {
				if (attempt >= ATTEMPTS) {
					throw conflict;
				}
			}
		}
	}

	private Order change(String orderId, Consumer<Order> change) {
		return change(orderId, change, () -> new NotFound("order " + orderId));
	}

}
