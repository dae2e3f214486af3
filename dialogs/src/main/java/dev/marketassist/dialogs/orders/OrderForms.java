package dev.marketassist.dialogs.orders;

import java.util.List;

import dev.marketassist.core.Refused;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.dialogs.engine.Answers;
import dev.marketassist.dialogs.engine.DialogDefinition;
import dev.marketassist.dialogs.engine.Step;
import dev.marketassist.dialogs.engine.SubmitHandler.Submission;
import dev.marketassist.order.Order;
import dev.marketassist.order.OrderManagement;
import dev.marketassist.order.OrderSide;
import dev.marketassist.order.Requirements;
import dev.marketassist.seller.PhoneNumber;
import dev.marketassist.seller.TextRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The buyer's two forms about an order, started from the order's buttons with the order's ID as
 * their context: the requirement form (需求表单: what to do, a contact phone, a preferred time) and
 * the reason for "not done yet". Diagram: {@code orders.mmd}; texts {@code order-form.*} and
 * {@code order-dispute.*}.
 */
@Configuration(proxyBeanMethods = false)
class OrderForms {

	static final String REQUIREMENTS = "order-form";

	static final String DISPUTE = "order-dispute";

	/** The context key holding the order's ID. */
	static final String ORDER = "order";

	@Bean
	DialogDefinition orderRequirementsForm(OrderManagement orders, OrderCards cards) {
		return DialogDefinition.dialog(REQUIREMENTS)
			.steps(Step.text("description").parse(TextRule.LONG_TEXT::check),
					Step.phone("phone").parse(raw -> PhoneNumber.of(raw).e164()).display(e164 -> PhoneNumber.of(e164).masked()),
					Step.text("time").parse(TextRule.LONG_TEXT::check).skippable())
			.onSubmit((answers, submission) -> submitted(submission, cards, () -> orders.submitRequirements(order(answers),
					submission.from().userId(), Requirements.of(answers.get("description"), answers.get("phone"),
							answers.find("time").orElse(null))), "order.requirements.sent"));
	}

	@Bean
	DialogDefinition orderDisputeForm(OrderManagement orders, OrderCards cards) {
		return DialogDefinition.dialog(DISPUTE)
			.steps(Step.text("reason").parse(TextRule.LONG_TEXT::check))
			.onSubmit((answers, submission) -> submitted(submission, cards,
					() -> orders.dispute(order(answers), submission.from().userId(), answers.get("reason")), "order.done.disputed"));
	}

	private static String order(Answers answers) {
		return answers.context(ORDER).orElseThrow(() -> new IllegalStateException("an order form without its order"));
	}

	/** The outcome of a form: what happened and the order's card; a refusal (the order moved on) is said instead. */
	private static List<Reply> submitted(Submission submission, OrderCards cards, java.util.function.Supplier<Order> command,
			String doneKey) {
		Texts t = submission.texts();
		try {
			Order order = command.get();
			return List.of(Reply.of(t.get(doneKey, order.getMarketplaceOrderId())),
					new Reply(cards.card(t, order, OrderSide.BUYER), cards.actions(t, order, OrderSide.BUYER, true)));
		}
		catch (Refused refused) {
			return List.of(Reply.of(t.get(refused.code(), refused.args().toArray())));
		}
	}

}
