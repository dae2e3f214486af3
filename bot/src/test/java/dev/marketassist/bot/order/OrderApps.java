package dev.marketassist.bot.order;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import dev.marketassist.order.NewOrder;
import dev.marketassist.order.Order;
import dev.marketassist.order.OrderManagement;
import dev.marketassist.provider.BankAccountNumber;
import dev.marketassist.provider.CompanyDetails;
import dev.marketassist.core.input.PhoneNumber;
import dev.marketassist.provider.Provider;
import dev.marketassist.provider.ProviderManagement;
import dev.marketassist.provider.UnifiedSocialCreditCode;
import dev.marketassist.testing.EndToEnd;
import dev.marketassist.testing.StandInBotApi;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application for order tests (test profile, a stand-in Bot API, a clock of the test's) and sets up orders. */
public final class OrderApps {

	public static final String TOKEN = "555000111:orders-test";

	static final String API_KEY = "orders-test-key-0123456789abcdefghijkl";

	private static final AtomicInteger ORDERS = new AtomicInteger();

	private OrderApps() {
	}

	/**
	 * The application with its own stand-in Bot API; {@code clock} (if given) is its clock;
	 * {@code extra} command-line arguments override the test profile.
	 */
	public static ConfigurableApplicationContext start(StandInBotApi telegram, Clock clock, String... extra) {
		return EndToEnd.app().telegram(telegram).clock(clock)
			.args("--market.telegram.register-commands=false", "--market.api-key=" + API_KEY,
					"--market.telegram.username=" + StandInBotApi.BOT_USERNAME)
			.args(extra)
			.start();
	}

	/** A provider whose owner is the Telegram user {@code operator}. */
	public static Provider provider(ConfigurableApplicationContext app, long operator) {
		return provider(app, operator, "91350100M000100Y43");
	}

	/** A provider with this Unified Social Credit Code, whose owner is the Telegram user {@code operator}. */
	static Provider provider(ConfigurableApplicationContext app, long operator, String uscc) {
		return app.getBean(ProviderManagement.class)
			.registerCompany(new CompanyDetails("福州云测科技有限公司", UnifiedSocialCreditCode.of(uscc), "韩梅梅",
					PhoneNumber.of("13812345678"), null, "福州云测科技有限公司", "招商银行", "福州分行",
					BankAccountNumber.of("6222 0202 0011 2233")), operator, "orders-test-" + operator);
	}

	/** A paid order of the provider, its buyer linked, started and marked done now. */
	static Order doneOrder(ConfigurableApplicationContext app, Provider provider, long operator, long buyer) {
		OrderManagement orders = app.getBean(OrderManagement.class);
		var created = orders.create(new NewOrder("MK-" + ORDERS.incrementAndGet(), "100012345678", provider.getId(), "P-OPS-1",
				"Server health check", "Standard · 1 month", new BigDecimal("1999.00"), app.getBean(Clock.class).instant()));
		orders.linkBuyer(created.token(), buyer);
		orders.start(created.order().getId(), operator);
		return orders.finish(created.order().getId(), operator);
	}

}
