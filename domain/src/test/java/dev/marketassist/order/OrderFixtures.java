package dev.marketassist.order;

import java.math.BigDecimal;
import java.time.Instant;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.marketassist.testing.TestMongo;
import dev.marketassist.product.Products;
import dev.marketassist.core.calendar.CalendarSettings;
import dev.marketassist.core.calendar.WorkingDayCalendar;
import dev.marketassist.core.crypto.FieldCipher;
import dev.marketassist.core.schedule.DueTasks;
import dev.marketassist.provider.BankAccountNumber;
import dev.marketassist.provider.CompanyDetails;
import dev.marketassist.provider.OnboardingSettings;
import dev.marketassist.core.input.PhoneNumber;
import dev.marketassist.provider.Provider;
import dev.marketassist.provider.ProviderManagement;
import dev.marketassist.provider.ProviderLookupsImpl;
import dev.marketassist.provider.Providers;
import dev.marketassist.provider.UnifiedSocialCreditCode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;
import org.springframework.data.repository.core.support.RepositoryComposition.RepositoryFragments;
import dev.marketassist.testing.MutableClock;

/**
 * Orders on an in-memory MongoDB (mongo-java-server) with a clock the test moves: the
 * repositories, the services, one provider with an operator, and a way to create orders.
 */
final class OrderFixtures implements AutoCloseable {

	/** Monday 2026-11-23 10:00 in Beijing. */
	static final Instant MONDAY_10AM = Instant.parse("2026-11-23T02:00:00Z");

	static final long OPERATOR = 5001;

	static final long BUYER = 7001;

	static final long STRANGER = 9001;

	final MutableClock clock = new MutableClock(MONDAY_10AM);

	final TestMongo.Server server = TestMongo.start();

	final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

	final MongoTemplate mongo = new MongoTemplate(client, server.database("orders-test"));

	final Orders orders;

	final Providers providers;

	final Products products;

	final OrderSettings settings;

	final OrderAccess access;

	final OrderManagement management;

	final DueTasks tasks;

	final OrderFollowUps followUps;

	final Provider provider;

	private int next;

	OrderFixtures() {
		this(OrderSettings.defaults());
	}

	OrderFixtures(OrderSettings settings) {
		this.settings = settings;
		MongoMappingContext context = (MongoMappingContext) mongo.getConverter().getMappingContext();
		var resolver = new MongoPersistentEntityIndexResolver(context);
		resolver.resolveIndexFor(Order.class).forEach(index -> mongo.indexOps(Order.class).createIndex(index));
		MongoRepositoryFactory factory = new MongoRepositoryFactory(mongo);
		orders = factory.getRepository(Orders.class);
		providers = factory.getRepository(Providers.class, RepositoryFragments.just(new ProviderLookupsImpl(mongo)));
		tasks = new DueTasks(mongo, clock);
		access = new OrderAccess(orders, providers);
		products = factory.getRepository(Products.class);
		management = new OrderManagement(orders, providers, products, access, settings,
				new WorkingDayCalendar(CalendarSettings.weekdaysOnly()), clock);
		followUps = new OrderFollowUps(orders, management, tasks, settings, clock);
		provider = new ProviderManagement(providers, new FieldCipher(new byte[32]), new OnboardingSettings(null, null, null, null, null),
				clock)
			.registerCompany(new CompanyDetails("福州测试科技有限公司", UnifiedSocialCreditCode.of("91350100M000100Y43"), "韩梅梅",
					PhoneNumber.of("13812345678"), null, "福州测试科技有限公司", "招商银行", "福州分行",
					BankAccountNumber.of("6222 0202 0011 2233")), OPERATOR, "run-1");
	}

	NewOrder paid(String marketplaceOrderId) {
		return new NewOrder(marketplaceOrderId, "100012345678", provider.getId(), "P-OPS-1", "Server health check",
				"Standard · 1 month", new BigDecimal("1999.5"), clock.instant());
	}

	/** A new order, paid now, its buyer linked. */
	Order linkedOrder() {
		var created = management.create(paid("MK-" + (++next)));
		return management.linkBuyer(created.token(), BUYER);
	}

	/** A new order marked done now, its buyer linked. */
	Order doneOrder() {
		Order order = linkedOrder();
		management.start(order.getId(), OPERATOR);
		return management.finish(order.getId(), OPERATOR);
	}

	@Override
	public void close() {
		client.close();
		server.shutdownNow();
	}

}
