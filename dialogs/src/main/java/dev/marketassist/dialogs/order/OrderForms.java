package dev.marketassist.dialogs.order;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import dev.marketassist.core.input.PhoneNumber;
import dev.marketassist.core.input.TextRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The buyer's two forms about an order, started from the order's buttons with the order's ID as
 * their context: the requirement form (需求表单) and the reason for "not done yet". Diagram:
 * {@code orders.mmd}; texts {@code order-form.*} and {@code order-dispute.*}.
 * <p>
 * The requirement form asks the fields of the template copied onto the order from its ops
 * product ({@link Order#getFormTemplate()}), one step per field ({@code f1}, {@code f2}, … with
 * the texts {@code order-form.field.*}, the field's name as the label), then a contact phone
 * unless a field asks for one ({@link Requirements#isPhoneField}: that field is checked as a phone
 * number). The template travels in the dialog's context ({@link #FIELDS}), so the steps stay what
 * they were when the form started. An order without a template gets the fixed form: description,
 * contact phone, preferred time (optional).
 */
@Configuration(proxyBeanMethods = false)
class OrderForms {

	static final String REQUIREMENTS = "order-form";

	static final String DISPUTE = "order-dispute";

	/** The context key holding the order's ID. */
	static final String ORDER = "order";

	/** The context key holding the order's template: its fields, one per line (a field is one line). */
	static final String FIELDS = "fields";

	@Bean
	DialogDefinition orderRequirementsForm(OrderManagement orders, OrderCards cards) {
		return DialogDefinition.dialog(REQUIREMENTS)
			.about("The buyer's requirement form (OrderForms), started from an order's button. An order with a template")
			.about("(its ops product's requirement-form fields, copied at POST /api/orders) asks f1 .. fN, one step per field,")
			.about("then phone unless a field asks for one; drawn here: the fixed form of an order without a template.")
			.stepsFrom(OrderForms::requirementSteps)
			.onSubmit((answers, submission) -> submitted(submission, cards,
					() -> orders.submitRequirements(order(answers), submission.from().userId(), requirements(answers)),
					"order.requirements.sent"));
	}

	/** What the requirement form of {@code order} starts with: the order, and its template if it has one. */
	static Map<String, String> context(Order order) {
		Map<String, String> context = new LinkedHashMap<>();
		context.put(ORDER, order.getId());
		if (!order.getFormTemplate().isEmpty()) {
			context.put(FIELDS, String.join("\n", order.getFormTemplate()));
		}
		return context;
	}

	private static List<String> fields(Map<String, String> context) {
		String fields = context.get(FIELDS);
		return fields == null || fields.isBlank() ? List.of() : List.of(fields.split("\n"));
	}

	/** The step of the template's field number {@code index} (from 0). */
	private static String fieldStep(int index) {
		return "f" + (index + 1);
	}

	/** The requirement form's steps for a context: the template's fields, else the fixed form. */
	static List<Step> requirementSteps(Map<String, String> context) {
		List<String> fields = fields(context);
		if (fields.isEmpty()) {
			return List.of(Step.text("description").parse(TextRule.LONG_TEXT::check), phone("phone"),
					Step.text("time").parse(TextRule.LONG_TEXT::check).skippable());
		}
		List<Step> steps = new ArrayList<>();
		for (int i = 0; i < fields.size(); i++) {
			String field = fields.get(i);
			steps.add(Requirements.isPhoneField(field) ? phone(fieldStep(i)).texts("field-phone", field).promptArgs(field)
					: Step.text(fieldStep(i)).parse(raw -> Requirements.answer(field, raw)).texts("field", field).promptArgs(field));
		}
		if (fields.stream().noneMatch(Requirements::isPhoneField)) {
			steps.add(phone("phone"));
		}
		return steps;
	}

	/** A phone number: typed or shared, checked by libphonenumber, sealed in the session, masked on the summary. */
	private static Step phone(String id) {
		return Step.phone(id)
			.parse(raw -> PhoneNumber.of(raw).e164())
			.confidential()
			.display(e164 -> PhoneNumber.of(e164).masked());
	}

	/** The answers as the form the order takes: the template's (field, answer) pairs, else the fixed form. */
	static Requirements requirements(Answers answers) {
		List<String> fields = answers.context(FIELDS).map(text -> fields(Map.of(FIELDS, text))).orElse(List.of());
		if (fields.isEmpty()) {
			return Requirements.of(answers.get("description"), answers.get("phone"), answers.find("time").orElse(null));
		}
		List<Requirements.Answer> pairs = new ArrayList<>();
		for (int i = 0; i < fields.size(); i++) {
			pairs.add(new Requirements.Answer(fields.get(i), answers.get(fieldStep(i))));
		}
		return Requirements.answered(pairs, answers.find("phone").orElse(null));
	}

	@Bean
	DialogDefinition orderDisputeForm(OrderManagement orders, OrderCards cards) {
		return DialogDefinition.dialog(DISPUTE)
			.about("Not done yet (OrderForms): the buyer's reason, sent to the provider; the order goes back to in progress.")
			.ask(Step.text("reason").parse(TextRule.LONG_TEXT::check)).then(DialogDefinition.SUMMARY)
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
			return List.of(Reply.of(t.get(refused)));
		}
	}

}
