package dev.marketassist.bot.sandbox;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.marketassist.bot.provider.FeePayments;
import dev.marketassist.product.PricingPlan;
import dev.marketassist.product.Product;
import dev.marketassist.product.ProductDetails;
import dev.marketassist.product.ProductStatus;
import dev.marketassist.product.Products;
import dev.marketassist.product.ServiceType;
import dev.marketassist.core.MessageCodeException;
import dev.marketassist.dialogs.Dialogs;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.StartLinks;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.order.NewOrder;
import dev.marketassist.order.OrderManagement;
import dev.marketassist.provider.OnboardingManagement;
import dev.marketassist.provider.OnboardingManagement.FeePayment;
import dev.marketassist.provider.Provider;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the marketplace does outside the chat, as buttons on the sandbox page, so a newcomer
 * reaches every role without a payment page or the REST API: "simulate payment" confirms the
 * persona's certification fee through the same path as the payment gateway's callback
 * ({@link FeePayments}), and "create a test order" reports a paid order of the latest listed ops
 * product as {@code POST /api/orders} does ({@link OrderManagement#create}) and gives Buyer B its
 * one-time link in chat. Sandbox only (its condition and loopback guard).
 */
@RestController
@Conditional(SandboxCondition.class)
@RequestMapping("/sandbox/api/chats/{persona}")
class SandboxToolsController {

	static final String BUYER = "buyer-b";

	private final OnboardingManagement onboarding;

	private final FeePayments payments;

	private final Products products;

	private final OrderManagement orders;

	private final Dialogs dialogs;

	private final SandboxChannel channel;

	private final Transcript transcript;

	private final Clock clock;

	SandboxToolsController(OnboardingManagement onboarding, FeePayments payments, Products products, OrderManagement orders,
			Dialogs dialogs, SandboxChannel channel, Transcript transcript, Clock clock) {
		this.transcript = transcript;
		this.onboarding = onboarding;
		this.payments = payments;
		this.products = products;
		this.orders = orders;
		this.dialogs = dialogs;
		this.channel = channel;
		this.clock = clock;
	}

	/**
	 * What an action did.
	 *
	 * @param notice a short text for a toast
	 * @param done whether it did what it says (false: the notice tells why not)
	 */
	record Answer(String notice, boolean done) {
	}

	/** Pays the persona's certification fee as the payment gateway would confirm it. */
	@PostMapping("/simulate-payment")
	Answer simulatePayment(@PathVariable String persona) {
		Persona who = persona(persona);
		Texts t = texts(who);
		try {
			Provider provider = onboarding.providerOf(who.userId());
			if (provider.fee().paid()) {
				return new Answer(t.plain("sandbox.tools.paid-already"), true);
			}
			FeePayment payment = onboarding.startFeePayment(who.userId());
			Provider paid = payments.confirm(payment.reference(), payment.amount(), "SANDBOX-" + UUID.randomUUID(), "sandbox");
			return new Answer(t.plain("sandbox.tools.paid", paid.getCompanyName()), true);
		}
		catch (MessageCodeException refused) {
			return new Answer(t.plain(refused), false);
		}
	}

	/** A paid order of the most recently listed ops product; Buyer B gets the link in chat. */
	@PostMapping("/test-order")
	Answer testOrder(@PathVariable String persona) {
		Texts t = texts(persona(persona));
		Product product = products.findAll()
			.stream()
			.filter(p -> p.getStatus() == ProductStatus.LISTED && p.getShownDetails() != null
					&& p.getShownDetails().type() == ServiceType.OPS)
			.max(Comparator.comparing(p -> p.getDecidedAt() == null ? p.getCreatedAt() : p.getDecidedAt()))
			.orElse(null);
		if (product == null) {
			return new Answer(t.plain("sandbox.tools.no-product"), false);
		}
		ProductDetails details = product.getShownDetails();
		PricingPlan plan = details.plans().isEmpty() ? null : details.plans().get(0);
		String planName = plan == null ? "—" : plan.spec();
		BigDecimal amount = plan == null ? BigDecimal.ONE : plan.price();
		String orderId = "SANDBOX-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		OrderManagement.Created created = orders.create(new NewOrder(orderId, "sandbox-buyer-b", product.getProviderId(),
				product.getId(), details.name(), planName, amount, clock.instant()));
		String command = StartLinks.command(StartLinks.ORDER + created.token());
		// a buyer who never chatted has no language yet: the persona's client language, as its first update would set
		boolean known = transcript.chat(buyer().userId()).isPresent();
		dialogs.notify(buyer().userId(), "sandbox-order:" + orderId, session -> new Reply((known ? session : texts(buyer()))
			.get("sandbox.order.link", details.name(), planName, amount, command), List.of()));
		return new Answer(t.plain("sandbox.tools.ordered", details.name()), true);
	}

	private Texts texts(Persona persona) {
		return dialogs.texts(channel.conversation(persona));
	}

	private static Persona buyer() {
		return Persona.find(BUYER).orElseThrow();
	}

	private static Persona persona(String key) {
		return Persona.find(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such persona"));
	}

}
