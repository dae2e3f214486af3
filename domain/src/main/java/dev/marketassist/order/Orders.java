package dev.marketassist.order;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

/** The ops-service orders in MongoDB. */
public interface Orders extends MongoRepository<Order, String> {

	Optional<Order> findByMarketplaceOrderId(String marketplaceOrderId);

	List<Order> findByProviderIdAndStatusOrderByPaidAtDesc(String providerId, OrderStatus status, Pageable page);

	long countByProviderIdAndStatus(String providerId, OrderStatus status);

	List<Order> findByBuyerTelegramUserIdOrderByPaidAtDesc(Long buyerTelegramUserId, Pageable page);

	/** Orders with notices not delivered yet (the outbox sweep). */
	@Query("{ 'notices.0': { $exists: true } }")
	List<Order> findWithPendingNotices(Pageable page);

}
