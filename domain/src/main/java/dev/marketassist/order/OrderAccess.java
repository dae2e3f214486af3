package dev.marketassist.order;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.marketassist.core.NotFound;
import dev.marketassist.core.Refused;
import dev.marketassist.provider.Operator;
import dev.marketassist.provider.Provider;
import dev.marketassist.provider.Providers;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * Who may see and act on an order, and the lists people see: only the order's buyer (the
 * Telegram user who opened its link) and the operators of its provider.
 */
@Service
public class OrderAccess {

	private final Orders orders;

	private final Providers providers;

	public OrderAccess(Orders orders, Providers providers) {
		this.orders = orders;
		this.providers = providers;
	}

	/**
	 * The order, for someone allowed to see it.
	 * @throws NotFound for an unknown order
	 * @throws Refused {@code refused.order.not-yours} for anyone but its buyer and the provider's
	 * operators
	 */
	public Order open(String orderId, long userId) {
		Order order = get(orderId);
		side(order, userId);
		return order;
	}

	/**
	 * Which side {@code userId} is on for this order.
	 * @throws Refused {@code refused.order.not-yours} if on neither
	 */
	public OrderSide side(Order order, long userId) {
		if (Objects.equals(order.getBuyerTelegramUserId(), userId)) {
			return OrderSide.BUYER;
		}
		if (isOperator(order, userId)) {
			return OrderSide.PROVIDER;
		}
		throw new Refused("refused.order.not-yours");
	}

	/** Whether the user operates the order's provider. */
	public boolean isOperator(Order order, long userId) {
		return providers.findById(order.getProviderId()).map(p -> p.isOperator(userId)).orElse(false);
	}

	/** The Telegram users to tell on one side: the linked buyer, or the provider's operators. */
	public List<Long> people(Order order, OrderSide side) {
		if (side == OrderSide.BUYER) {
			return order.isBuyerLinked() ? List.of(order.getBuyerTelegramUserId()) : List.of();
		}
		return providers.findById(order.getProviderId())
			.map(p -> p.team().operators().stream().map(Operator::telegramUserId).toList())
			.orElse(List.of());
	}

	/** The provider the user operates, if any. */
	public Optional<Provider> providerOperatedBy(long userId) {
		return providers.findFirstByOperatorsTelegramUserId(userId);
	}

	/** The newest orders of a provider in one status. */
	public List<Order> ofProvider(String providerId, OrderStatus status, int limit) {
		return orders.findByProviderIdAndStatusOrderByPaidAtDesc(providerId, status, PageRequest.of(0, limit));
	}

	public long countOfProvider(String providerId, OrderStatus status) {
		return orders.countByProviderIdAndStatus(providerId, status);
	}

	/** The newest orders the user bought (linked through a buyer link). */
	public List<Order> ofBuyer(long userId, int limit) {
		return orders.findByBuyerTelegramUserIdOrderByPaidAtDesc(userId, PageRequest.of(0, limit));
	}

	public Optional<Order> findByMarketplaceOrderId(String marketplaceOrderId) {
		return orders.findByMarketplaceOrderId(marketplaceOrderId);
	}

	/** @throws NotFound for an unknown order */
	public Order get(String orderId) {
		return orders.findById(orderId).orElseThrow(() -> new NotFound("order " + orderId));
	}

}
