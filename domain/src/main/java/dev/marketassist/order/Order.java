package dev.marketassist.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.marketassist.order.OrderNotice.Kind;
import dev.marketassist.order.TransitionRecord.Party;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/**
 * An ops-service order (运维订单): what was bought, its status, its buyer's chat, the requirement
 * form, every transition with who, when and why, and the notices still to deliver. One document,
 * changed only through {@link OrderManagement} with version-checked writes; the status is the one
 * source of truth and {@link OrderLifecycle} decides which moves are legal.
 */
@Document("orders")
public class Order extends AbstractAggregateRoot<Order> {

	/** How many unused buyer links are kept (a repeated creation call issues another). */
	private static final int MAX_LINKS = 5;

	/** Short ID of this assistant, used in links and buttons. */
	@Id
	private String id;

	@Indexed(unique = true)
	private String marketplaceOrderId;

	private String buyerAccountId;

	@Indexed
	private String providerId;

	private String productId;

	private String productName;

	private String pricingPlan;

	@Field(targetType = FieldType.DECIMAL128)
	private BigDecimal amount;

	private Instant paidAt;

	private OrderStatus status;

	@Indexed(sparse = true)
	private Long buyerTelegramUserId;

	/**
	 * A buyer link: SHA-256 of its token and when it expires (the token itself is not stored). Kept
	 * after the buyer linked, so that another user opening one is told it was used.
	 */
	public record Link(String tokenHash, Instant expiresAt) {
	}

	private List<Link> links = new ArrayList<>();

	private Requirements requirements;

	/**
	 * The product's requirement-form template as it was when the order was created (the fields the
	 * buyer is asked, in order); empty when the product is not an ops product of this assistant
	 * with a template, and the buyer gets the fixed form.
	 */
	private List<String> formTemplate = new ArrayList<>();

	/** The provider's response window ends here (SPEC §6: 2 working days). */
	private Instant respondBy;

	/** How many times the order was marked done; reminders belong to one round. */
	private int round;

	/** When the order was last marked done. */
	private Instant doneAt;

	private Instant lastUrgedAt;

	private List<TransitionRecord> history = new ArrayList<>();

	private List<OrderNotice> notices = new ArrayList<>();

	private Instant createdAt;

	@Version
	private Long version;

	protected Order() {
	}

	Order(String id, NewOrder paid, List<String> formTemplate, Instant now, Instant respondBy, String via) {
		this.id = id;
		this.formTemplate = new ArrayList<>(formTemplate);
		this.marketplaceOrderId = paid.marketplaceOrderId();
		this.buyerAccountId = paid.buyerAccountId();
		this.providerId = paid.providerId();
		this.productId = paid.productId();
		this.productName = paid.productName();
		this.pricingPlan = paid.pricingPlan();
		this.amount = paid.amount();
		this.paidAt = paid.paidAt();
		this.respondBy = respondBy;
		this.createdAt = now;
		this.status = OrderStatus.AWAITING_START;
		history.add(new TransitionRecord(OrderTrigger.PAY, null, status, Party.MARKETPLACE, null, now, null, via));
		tell(Kind.CREATED, now, null);
	}

	/** Records a move the lifecycle allowed, and the notice it causes (if any). */
	void record(OrderTrigger trigger, OrderStatus next, Party by, Long userId, Instant at, String reason) {
		history.add(new TransitionRecord(trigger, status, next, by, userId, at, reason, null));
		status = next;
		switch (trigger) {
			case SUBMIT_REQUIREMENTS -> tell(Kind.REQUIREMENTS_SUBMITTED, at, null);
			case START -> tell(Kind.STARTED, at, null);
			case FINISH -> {
				round++;
				doneAt = at;
				tell(Kind.FINISHED, at, null);
			}
			case URGE -> {
				lastUrgedAt = at;
				tell(Kind.URGED, at, null);
			}
			case CONFIRM -> tell(Kind.CONFIRMED, at, null);
			case AUTO_CONFIRM -> tell(Kind.AUTO_CONFIRMED, at, reason);
			case DISPUTE -> tell(Kind.DISPUTED, at, reason);
			default -> {
			}
		}
	}

	private void tell(Kind kind, Instant at, String reason) {
		notices.add(new OrderNotice("t" + (history.size() - 1), kind, round, at, reason));
		registerEvent(new OrderChanged(id));
	}

	void addLink(String tokenHash, Instant expiresAt) {
		links.add(new Link(tokenHash, expiresAt));
		while (links.size() > MAX_LINKS) {
			links.remove(0);
		}
	}

	Optional<Link> link(String token) {
		return links.stream().filter(link -> BuyerLinks.matches(link.tokenHash(), token)).findFirst();
	}

	void linkBuyer(long telegramUserId) {
		this.buyerTelegramUserId = telegramUserId;
	}

	void setRequirements(Requirements requirements) {
		this.requirements = requirements;
	}

	boolean removeNotice(String key) {
		return notices.removeIf(notice -> notice.key().equals(key));
	}

	public String getId() {
		return id;
	}

	public String getMarketplaceOrderId() {
		return marketplaceOrderId;
	}

	public String getBuyerAccountId() {
		return buyerAccountId;
	}

	public String getProviderId() {
		return providerId;
	}

	public String getProductId() {
		return productId;
	}

	public String getProductName() {
		return productName;
	}

	public String getPricingPlan() {
		return pricingPlan;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public Instant getPaidAt() {
		return paidAt;
	}

	public OrderStatus getStatus() {
		return status;
	}

	/** The buyer's Telegram user, once they opened the link; else {@code null}. */
	public Long getBuyerTelegramUserId() {
		return buyerTelegramUserId;
	}

	public boolean isBuyerLinked() {
		return buyerTelegramUserId != null;
	}

	public Requirements getRequirements() {
		return requirements;
	}

	/** The requirement form's template snapshot (empty: the fixed form). */
	public List<String> getFormTemplate() {
		return formTemplate == null ? List.of() : List.copyOf(formTemplate);
	}

	public Instant getRespondBy() {
		return respondBy;
	}

	public int getRound() {
		return round;
	}

	public Instant getDoneAt() {
		return doneAt;
	}

	public Instant getLastUrgedAt() {
		return lastUrgedAt;
	}

	public List<TransitionRecord> getHistory() {
		return List.copyOf(history);
	}

	public List<OrderNotice> getNotices() {
		return List.copyOf(notices);
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Long getVersion() {
		return version;
	}

}
