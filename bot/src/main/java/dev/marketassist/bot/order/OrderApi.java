package dev.marketassist.bot.order;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import dev.marketassist.bot.security.ApiClient;
import dev.marketassist.core.NotFound;
import dev.marketassist.dialogs.StartLinks;
import dev.marketassist.order.NewOrder;
import dev.marketassist.order.Order;
import dev.marketassist.order.OrderAccess;
import dev.marketassist.order.OrderManagement;
import dev.marketassist.order.OrderManagement.Created;
import dev.marketassist.order.OrderStatus;
import dev.marketassist.order.ReminderPolicy;
import dev.marketassist.order.Requirements;
import dev.marketassist.order.TransitionRecord;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The marketplace's side of ops-service orders ({@code /api/orders}, {@code X-Api-Key} with scope
 * {@code orders}; a new order records the client that reported it in its history, {@code via}): it reports
 * a paid order and gets the one-time link it shows the buyer; it can read an order with its
 * status and history. Errors are problem details ({@code ApiErrors}).
 */
@RestController
@RequestMapping("/api/orders")
@PreAuthorize("hasAuthority('SCOPE_orders')")
@Tag(name = "Orders", description = "Ops-service orders (运维订单) reported by the marketplace")
class OrderApi {

	private static final Logger log = LoggerFactory.getLogger(OrderApi.class);

	/** The longest text a field of a reported order may have. */
	static final int MAX_TEXT = 1000;

	private final OrderManagement orders;

	private final OrderAccess access;

	private final ReminderPolicy policy;

	private final StartLinks links;

	OrderApi(OrderManagement orders, OrderAccess access, StartLinks links) {
		this.orders = orders;
		this.access = access;
		this.policy = new ReminderPolicy(orders.settings());
		this.links = links;
	}

	/** A paid order as the marketplace reports it. */
	record PaidOrder(@Size(max = MAX_TEXT) String orderId, @Size(max = MAX_TEXT) String buyerAccountId,
			@Size(max = MAX_TEXT) String providerId, @Size(max = MAX_TEXT) String productId, @Size(max = MAX_TEXT) String productName,
			@Size(max = MAX_TEXT) String pricingPlan, BigDecimal amount, Instant paidAt) {
	}

	/**
	 * The buyer's one-time link. {@code url} is {@code https://t.me/<bot>?start=order_<token>} when
	 * the bot's username is configured ({@code TELEGRAM_BOT_USERNAME}), else {@code null}: then
	 * the buyer sends {@code startCommand} to the bot.
	 */
	record BuyerLink(String url, String startParameter, String startCommand, Instant expiresAt) {
	}

	record Step(String trigger, String from, String to, String by, Long userId, Instant at, String reason, String via) {
	}

	/** One field of the product's requirement-form template and the buyer's answer. */
	record Answer(String field, String value) {
	}

	/**
	 * The buyer's requirement form: {@code answers} (the template's fields in order) for an ops
	 * product with a template, else the fixed {@code description} and {@code preferredTime};
	 * {@code contactPhone} (E.164) in both.
	 */
	record Form(String description, String contactPhone, String preferredTime, List<Answer> answers, Instant submittedAt) {
	}

	/** An order; {@code formTemplate} is the requirement-form template copied from its product (empty: the fixed form). */
	record OrderView(String id, String orderId, String providerId, String productId, String productName, String pricingPlan,
			BigDecimal amount, Instant paidAt, String status, boolean buyerLinked, BuyerLink buyerLink, List<String> formTemplate,
			Form requirements, Instant respondBy, Instant autoConfirmAt, List<Step> history) {
	}

	@PostMapping
	@Operation(summary = "Report a paid ops-service order",
			description = "Idempotent on orderId: 201 for a new order, 200 for a known one. While the buyer has not opened a link, "
					+ "every call returns a new one-time buyer link (earlier ones stay valid until they expire); afterwards buyerLink is null. "
					+ "400: invalid value or unknown provider; 409: the orderId exists with another provider, product or amount.")
	ResponseEntity<OrderView> create(@Valid @RequestBody PaidOrder paid, @AuthenticationPrincipal ApiClient client) {
		Created created = orders.create(new NewOrder(paid.orderId(), paid.buyerAccountId(), paid.providerId(), paid.productId(),
				paid.productName(), paid.pricingPlan(), paid.amount(), paid.paidAt()), client.name());
		if (created.isNew()) {
			log.info("REST client '{}' reported order {} for provider {}", client.name(), paid.orderId(), paid.providerId());
		}
		OrderView view = view(created.order(), created.token() == null ? null : link(created.token(), created.tokenExpiresAt()));
		return created.isNew() ? ResponseEntity.created(URI.create("/api/orders/" + paid.orderId())).body(view)
				: ResponseEntity.ok(view);
	}

	@GetMapping("/{orderId}")
	@Operation(summary = "Read an order by the marketplace's order ID: status, requirement form and history")
	OrderView read(@PathVariable String orderId) {
		return view(access.findByMarketplaceOrderId(orderId).orElseThrow(() -> new NotFound("order " + orderId)), null);
	}

	private BuyerLink link(String token, Instant expiresAt) {
		String parameter = StartLinks.ORDER + token;
		return new BuyerLink(links.link(parameter).orElse(null), parameter, StartLinks.command(parameter), expiresAt);
	}

	private OrderView view(Order order, BuyerLink link) {
		Requirements r = order.getRequirements();
		Form form = r == null ? null : new Form(r.description(), r.contactPhone(), r.preferredTime(),
				r.answers().stream().map(a -> new Answer(a.field(), a.value())).toList(), r.submittedAt());
		Instant autoConfirm = order.getStatus() == OrderStatus.AWAITING_CONFIRMATION ? policy.autoConfirmAt(order.getDoneAt()) : null;
		return new OrderView(order.getId(), order.getMarketplaceOrderId(), order.getProviderId(), order.getProductId(),
				order.getProductName(), order.getPricingPlan(), order.getAmount(), order.getPaidAt(), order.getStatus().name(),
				order.isBuyerLinked(), link, order.getFormTemplate(), form, order.getRespondBy(), autoConfirm,
				order.getHistory().stream().map(OrderApi::step).toList());
	}

	private static Step step(TransitionRecord r) {
		return new Step(r.trigger().name(), r.from() == null ? null : r.from().name(), r.to().name(), r.by().name(), r.userId(),
				r.at(), r.reason(), r.via());
	}

}
