package dev.marketassist.order;

import static dev.marketassist.order.OrderFixtures.BUYER;
import static dev.marketassist.order.OrderFixtures.OPERATOR;
import static dev.marketassist.order.OrderFixtures.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;

import dev.marketassist.core.InvalidValue;
import dev.marketassist.core.Refused;
import dev.marketassist.order.OrderNotice.Kind;
import dev.marketassist.order.TransitionRecord.Party;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Orders in MongoDB: creation, the buyer link, who may act, the recorded history. */
class OrderManagementTests {

	final OrderFixtures fx = new OrderFixtures();

	final OrderManagement orders = fx.management;

	@AfterEach
	void close() {
		fx.close();
	}

	@Test
	void createsAnOrderOnceAndIssuesAnotherWorkingLinkUntilTheBuyerLinks() {
		var first = orders.create(fx.paid("MK-1"));
		var again = orders.create(fx.paid("MK-1"));
		assertThat(first.isNew()).isTrue();
		assertThat(again.isNew()).isFalse();
		assertThat(again.order().getId()).isEqualTo(first.order().getId());
		assertThat(again.token()).isNotEqualTo(first.token());
		assertThat(fx.orders.count()).isEqualTo(1);
		assertThat(first.order().getStatus()).isEqualTo(OrderStatus.AWAITING_START);
		assertThat(first.order().getRespondBy()).as("2 working days after Monday: end of Wednesday in Beijing")
			.isEqualTo(ReminderPolicyTests.bj("2026-11-26T00:00"));

		assertThat(orders.linkBuyer(first.token(), BUYER).getBuyerTelegramUserId()).isEqualTo(BUYER);
		var afterLink = orders.create(fx.paid("MK-1"));
		assertThat(afterLink.token()).isNull();
		assertThatThrownBy(() -> orders.linkBuyer(again.token(), STRANGER)).isInstanceOf(Refused.class)
			.hasMessage("refused.order.link.used");
	}

	@Test
	void storesOnlyHashesOfTheLinks() {
		var created = orders.create(fx.paid("MK-1"));
		String raw = fx.mongo.getCollection("orders").find().first().toJson();
		assertThat(raw).doesNotContain(created.token()).contains(BuyerLinks.hash(created.token()));
	}

	@Test
	void refusesTheSameMarketplaceOrderIdWithOtherDetails() {
		orders.create(fx.paid("MK-1"));
		NewOrder other = new NewOrder("MK-1", "100012345678", fx.provider.getId(), "P-OPS-1", null, "Standard", BigDecimal.TEN,
				fx.clock.instant());
		assertThatThrownBy(() -> orders.create(other)).isInstanceOf(Refused.class).hasMessage("refused.order.different");
	}

	@Test
	void refusesAnUnknownProviderAndMalformedValues() {
		NewOrder unknown = new NewOrder("MK-2", "1000", "999999999999", "P-1", null, "Standard", BigDecimal.ONE, fx.clock.instant());
		assertThatThrownBy(() -> orders.create(unknown)).isInstanceOf(InvalidValue.class).hasMessage("invalid.order.provider");
		assertThatThrownBy(() -> new NewOrder("MK 3", "1000", "1", "P-1", null, "Standard", BigDecimal.ONE, fx.clock.instant()))
			.hasMessage("invalid.order.reference");
		assertThatThrownBy(() -> new NewOrder("MK-3", "1000", "1", "P-1", null, "Standard", new BigDecimal("0.001"), fx.clock.instant()))
			.hasMessage("invalid.order.amount");
		assertThatThrownBy(() -> new NewOrder("MK-3", "1000", "1", "P-1", null, " ", BigDecimal.ONE, fx.clock.instant()))
			.hasMessage("invalid.order.pricing-plan");
		NewOrder future = new NewOrder("MK-3", "1000", fx.provider.getId(), "P-1", null, "Standard", BigDecimal.ONE,
				fx.clock.instant().plus(Duration.ofHours(1)));
		assertThatThrownBy(() -> orders.create(future)).hasMessage("invalid.order.paid-at");
	}

	@Test
	void keepsTheAmountExactAsDecimal128() {
		var created = orders.create(fx.paid("MK-1"));
		Object stored = fx.mongo.getCollection("orders").find().first().get("amount");
		assertThat(stored).isEqualTo(Decimal128.parse("1999.50"));
		assertThat(fx.orders.findById(created.order().getId()).orElseThrow().getAmount()).isEqualTo(new BigDecimal("1999.50"));
	}

	@Test
	void refusesWrongExpiredAndOwnLinks() {
		var created = orders.create(fx.paid("MK-1"));
		assertThatThrownBy(() -> orders.linkBuyer("nonsense", BUYER)).hasMessage("refused.order.link.invalid");
		assertThatThrownBy(() -> orders.linkBuyer(created.order().getId() + "-wrongwrongwrongwrong00", BUYER))
			.hasMessage("refused.order.link.invalid");
		assertThatThrownBy(() -> orders.linkBuyer(created.token(), OPERATOR)).hasMessage("refused.order.link.own");
		fx.clock.advance(Duration.ofDays(7));
		assertThatThrownBy(() -> orders.linkBuyer(created.token(), BUYER)).hasMessage("refused.order.link.expired");
		var fresh = orders.create(fx.paid("MK-1"));
		assertThat(orders.linkBuyer(fresh.token(), BUYER).isBuyerLinked()).isTrue();
		Long version = fx.access.get(fresh.order().getId()).getVersion();
		assertThat(orders.linkBuyer(fresh.token(), BUYER).getBuyerTelegramUserId()).as("opening it again").isEqualTo(BUYER);
		assertThat(fx.access.get(fresh.order().getId()).getVersion()).as("without a write").isEqualTo(version);
	}

	@Test
	void letsOnlyTheBuyerAndTheProvidersOperatorsAct() {
		Order order = fx.linkedOrder();
		String id = order.getId();
		assertThatThrownBy(() -> orders.start(id, STRANGER)).hasMessage("refused.order.not-yours");
		assertThatThrownBy(() -> orders.start(id, BUYER)).as("the buyer cannot start").hasMessage("refused.order.not-yours");
		assertThatThrownBy(() -> fx.access.open(id, STRANGER)).hasMessage("refused.order.not-yours");
		orders.start(id, OPERATOR);
		orders.finish(id, OPERATOR);
		assertThatThrownBy(() -> orders.confirm(id, OPERATOR)).as("the provider cannot confirm").hasMessage("refused.order.not-yours");
		assertThatThrownBy(() -> orders.confirm(id, STRANGER)).hasMessage("refused.order.not-yours");
		assertThat(fx.access.side(fx.access.get(id), BUYER)).isEqualTo(OrderSide.BUYER);
		assertThat(fx.access.side(fx.access.get(id), OPERATOR)).isEqualTo(OrderSide.PROVIDER);
	}

	@Test
	void recordsEveryTransitionWithWhoWhenAndWhy() {
		String id = fx.linkedOrder().getId();
		orders.submitRequirements(id, BUYER, Requirements.of("Migrate MySQL 5.7 to 8.0", "13912345678", "weekends"));
		fx.clock.advance(Duration.ofHours(1));
		orders.start(id, OPERATOR);
		orders.finish(id, OPERATOR);
		orders.dispute(id, BUYER, "The replica is not running");
		orders.finish(id, OPERATOR);
		Order done = orders.confirm(id, BUYER);
		assertThat(done.getStatus()).isEqualTo(OrderStatus.COMPLETED);
		assertThat(done.getRound()).isEqualTo(2);
		assertThat(done.getRequirements().contactPhone()).isEqualTo("+8613912345678");
		assertThat(done.getHistory()).extracting(TransitionRecord::trigger, TransitionRecord::to, TransitionRecord::by,
				TransitionRecord::userId)
			.containsExactly(tuple(OrderTrigger.PAY, OrderStatus.AWAITING_START, Party.MARKETPLACE, null),
					tuple(OrderTrigger.LINK_BUYER, OrderStatus.AWAITING_START, Party.BUYER, BUYER),
					tuple(OrderTrigger.SUBMIT_REQUIREMENTS, OrderStatus.AWAITING_START, Party.BUYER, BUYER),
					tuple(OrderTrigger.START, OrderStatus.IN_PROGRESS, Party.PROVIDER, OPERATOR),
					tuple(OrderTrigger.FINISH, OrderStatus.AWAITING_CONFIRMATION, Party.PROVIDER, OPERATOR),
					tuple(OrderTrigger.DISPUTE, OrderStatus.IN_PROGRESS, Party.BUYER, BUYER),
					tuple(OrderTrigger.FINISH, OrderStatus.AWAITING_CONFIRMATION, Party.PROVIDER, OPERATOR),
					tuple(OrderTrigger.CONFIRM, OrderStatus.COMPLETED, Party.BUYER, BUYER));
		assertThat(done.getHistory().get(5).reason()).isEqualTo("The replica is not running");
		assertThat(done.getHistory().get(3).at()).isEqualTo(fx.clock.instant());
		assertThat(done.getNotices()).extracting(OrderNotice::kind)
			.containsExactly(Kind.CREATED, Kind.REQUIREMENTS_SUBMITTED, Kind.STARTED, Kind.FINISHED, Kind.DISPUTED, Kind.FINISHED,
					Kind.CONFIRMED);
	}

	@Test
	void refusesAnIllegalTransitionAndChangesNothing() {
		String id = fx.linkedOrder().getId();
		assertThatThrownBy(() -> orders.confirm(id, BUYER)).isInstanceOf(Refused.class).hasMessage("refused.order.confirm");
		assertThatThrownBy(() -> orders.finish(id, OPERATOR)).hasMessage("refused.order.finish");
		assertThat(fx.access.get(id).getHistory()).hasSize(2);
		assertThat(fx.access.get(id).getStatus()).isEqualTo(OrderStatus.AWAITING_START);
	}

	@Test
	void letsTheProviderUrgeTheBuyerOncePer24Hours() {
		String id = fx.doneOrder().getId();
		orders.urge(id, OPERATOR);
		fx.clock.advance(Duration.ofHours(20));
		assertThatThrownBy(() -> orders.urge(id, OPERATOR)).isInstanceOf(Refused.class)
			.hasMessage("refused.order.urge-too-soon")
			.satisfies(refused -> assertThat(((Refused) refused).args()).containsExactly(4L));
		fx.clock.advance(Duration.ofHours(4));
		assertThat(orders.urge(id, OPERATOR).getLastUrgedAt()).isEqualTo(fx.clock.instant());
	}

	@Test
	void refusesToUrgeABuyerWhoNeverOpenedTheLink() {
		String id = orders.create(fx.paid("MK-9")).order().getId();
		assertThatThrownBy(() -> orders.urge(id, OPERATOR)).as("the status is checked first").hasMessage("refused.order.urge");
		orders.start(id, OPERATOR);
		orders.finish(id, OPERATOR);
		assertThatThrownBy(() -> orders.urge(id, OPERATOR)).hasMessage("refused.order.no-buyer");
	}

	@Test
	void validatesTheRequirementFormAndTheDisputeReason() {
		String id = fx.linkedOrder().getId();
		assertThatThrownBy(() -> Requirements.of(" ", "13912345678", null)).hasMessage("invalid.required");
		assertThatThrownBy(() -> Requirements.of("Migrate", "12", null)).isInstanceOf(InvalidValue.class);
		orders.start(id, OPERATOR);
		orders.finish(id, OPERATOR);
		assertThatThrownBy(() -> orders.dispute(id, BUYER, "  ")).hasMessage("invalid.required");
	}

}
