package dev.marketassist.order;

import static dev.marketassist.order.OrderFixtures.BUYER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import dev.marketassist.product.Product;
import dev.marketassist.core.InvalidValue;
import dev.marketassist.order.Requirements.Answer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The requirement form follows the template of the ops product bought: copied onto the order when
 * it is created, the buyer's answers stored as (field, value) pairs in the template's order; a
 * product the assistant does not know, or one without a template, keeps the fixed form.
 */
class RequirementTemplateTests {

	static final List<String> TEMPLATE = List.of("Requirement description", "Contact", "Server IP");

	final OrderFixtures fx = new OrderFixtures();

	final OrderManagement orders = fx.management;

	@AfterEach
	void close() {
		fx.close();
	}

	/** A product as the catalogue stores it (listed when {@code listed}). */
	void product(String id, String providerId, String type, List<String> formFields, boolean listed) {
		Document details = new Document("type", type).append("name", "Ops " + id).append("formFields", formFields);
		Document product = new Document("_id", id).append("providerId", providerId)
			.append("status", listed ? "LISTED" : "IN_REVIEW")
			.append("details", details)
			.append("version", 0L);
		if (listed) {
			product.append("listedDetails", details);
		}
		fx.mongo.getCollection(fx.mongo.getCollectionName(Product.class)).insertOne(product);
	}

	NewOrder paid(String orderId, String productId) {
		return new NewOrder(orderId, "100012345678", fx.provider.getId(), productId, null, "Standard · 1 month",
				new BigDecimal("300"), fx.clock.instant());
	}

	Order linked(String orderId, String productId) {
		return orders.linkBuyer(orders.create(paid(orderId, productId)).token(), BUYER);
	}

	@Test
	void copiesTheTemplateOfAListedOpsProductOntoTheOrderWhenItIsCreated() {
		product("P-OPS-T", fx.provider.getId(), "OPS", TEMPLATE, true);
		Order order = orders.create(paid("MK-T1", "P-OPS-T")).order();
		assertThat(order.getFormTemplate()).containsExactlyElementsOf(TEMPLATE);

		// the seller changes the form afterwards: the order keeps what it was bought with
		fx.mongo.getCollection("products")
			.updateOne(new Document("_id", "P-OPS-T"),
					new Document("$set", new Document("listedDetails.formFields", List.of("Something else"))));
		assertThat(fx.access.get(order.getId()).getFormTemplate()).containsExactlyElementsOf(TEMPLATE);
		assertThat(orders.create(paid("MK-T1", "P-OPS-T")).order().getFormTemplate()).as("created again")
			.containsExactlyElementsOf(TEMPLATE);
		assertThat(orders.create(paid("MK-T2", "P-OPS-T")).order().getFormTemplate()).as("a later order")
			.containsExactly("Something else");
	}

	@Test
	void keepsTheFixedFormForAProductItDoesNotKnowOrThatHasNoTemplate() {
		product("P-IMG", fx.provider.getId(), "IMAGE", List.of(), true);
		product("P-OTHER", "someone-else", "OPS", TEMPLATE, true);
		product("P-OPS-EMPTY", fx.provider.getId(), "OPS", List.of(), true);
		assertThat(orders.create(paid("MK-U", "P-NOT-HERE")).order().getFormTemplate()).as("created elsewhere").isEmpty();
		assertThat(orders.create(paid("MK-I", "P-IMG")).order().getFormTemplate()).as("not an ops product").isEmpty();
		assertThat(orders.create(paid("MK-O", "P-OTHER")).order().getFormTemplate()).as("another provider's").isEmpty();
		assertThat(orders.create(paid("MK-E", "P-OPS-EMPTY")).order().getFormTemplate()).as("no template").isEmpty();

		String id = fx.access.findByMarketplaceOrderId("MK-U").orElseThrow().getId();
		orders.linkBuyer(orders.create(paid("MK-U", "P-NOT-HERE")).token(), BUYER);
		Order sent = orders.submitRequirements(id, BUYER, Requirements.of("Migrate", "13912345678", null));
		assertThat(sent.getRequirements().description()).isEqualTo("Migrate");
		assertThat(sent.getRequirements().answers()).isEmpty();
		assertThatThrownBy(() -> orders.submitRequirements(id, BUYER,
				Requirements.answered(List.of(new Answer("Server IP", "10.0.0.1")), "13912345678")))
			.as("a template's form for an order without one")
			.hasMessage("invalid.order.form");
	}

	@Test
	void storesTheAnswersInTheTemplatesOrderWithTheContactPhoneAskedAfterThem() {
		product("P-OPS-T", fx.provider.getId(), "OPS", TEMPLATE, true);
		String id = linked("MK-T1", "P-OPS-T").getId();
		Order sent = orders.submitRequirements(id, BUYER,
				Requirements.answered(List.of(new Answer("Requirement description", "  Install Nginx\r\non two hosts "),
						new Answer("Contact", "WeChat: mk_ops"), new Answer("Server IP", "10.0.0.8")), "139 1234 5678"));
		Requirements form = fx.access.get(sent.getId()).getRequirements();
		assertThat(form.answers()).containsExactly(new Answer("Requirement description", "Install Nginx\non two hosts"),
				new Answer("Contact", "WeChat: mk_ops"), new Answer("Server IP", "10.0.0.8"));
		assertThat(form.contactPhone()).isEqualTo("+8613912345678");
		assertThat(form.phoneAmongAnswers()).isFalse();
		assertThat(form.description()).isNull();
		assertThat(form.submittedAt()).isEqualTo(fx.clock.instant());

		assertThatThrownBy(() -> orders.submitRequirements(id, BUYER, Requirements.answered(
				List.of(new Answer("Contact", "x"), new Answer("Requirement description", "y"), new Answer("Server IP", "z")),
				"13912345678")))
			.as("another order of the fields")
			.hasMessage("invalid.order.form");
		assertThatThrownBy(() -> orders.submitRequirements(id, BUYER, Requirements.of("Migrate", "13912345678", null)))
			.as("the fixed form for an order with a template")
			.hasMessage("invalid.order.form");
	}

	@Test
	void aPhoneLikeFieldIsCheckedAsAPhoneNumberAndIsTheContactPhone() {
		assertThat(Requirements.isPhoneField("Contact phone")).isTrue();
		assertThat(Requirements.isPhoneField("联系电话")).isTrue();
		assertThat(Requirements.isPhoneField("手机号")).isTrue();
		assertThat(Requirements.isPhoneField("Mobile")).isTrue();
		assertThat(Requirements.isPhoneField("Tel")).isTrue();
		assertThat(Requirements.isPhoneField("Contact")).isFalse();
		assertThat(Requirements.isPhoneField("联系方式")).isFalse();
		assertThat(Requirements.isPhoneField("Hotel name")).isFalse();

		Requirements form = Requirements.answered(List.of(new Answer("Server IP", "10.0.0.8"), new Answer("联系电话", "13912345678")),
				null);
		assertThat(form.contactPhone()).isEqualTo("+8613912345678");
		assertThat(form.answers()).extracting(Answer::value).containsExactly("10.0.0.8", "+8613912345678");
		assertThat(form.phoneAmongAnswers()).isTrue();
		assertThatThrownBy(() -> Requirements.answered(List.of(new Answer("联系电话", "12")), null))
			.isInstanceOf(InvalidValue.class)
			.hasMessageStartingWith("invalid.phone");
	}

	@Test
	void eachAnswerIsNonEmptyAndAtMostTheOneMaximum() {
		assertThatThrownBy(() -> Requirements.answer("Server IP", "   ")).hasMessage("invalid.required");
		String longest = "x".repeat(dev.marketassist.core.input.TextRule.FORM_ANSWER.max());
		assertThat(Requirements.answer("Server IP", longest)).isEqualTo(longest);
		assertThatThrownBy(() -> Requirements.answer("Server IP", longest + "y")).hasMessage("invalid.text.too-long");
		assertThatThrownBy(() -> Requirements.answered(
				List.of(new Answer("Server IP", "10.0.0.8"), new Answer("Contact", "")), "13912345678"))
			.hasMessage("invalid.required");
		assertThatThrownBy(() -> Requirements.answered(List.of(), "13912345678")).hasMessage("invalid.order.form");
	}

}
