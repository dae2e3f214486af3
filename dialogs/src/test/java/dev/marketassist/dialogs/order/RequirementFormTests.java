package dev.marketassist.dialogs.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.marketassist.dialogs.Input;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.engine.DialogDefinition;
import dev.marketassist.dialogs.engine.DialogDriver;
import dev.marketassist.order.Requirements;
import dev.marketassist.order.Requirements.Answer;
import org.junit.jupiter.api.Test;

/**
 * The buyer's requirement form on the engine: the fields of the order's template, one step per
 * field with Back, progress, checks and the summary; the fixed form when the order has no
 * template. Submitting turns the answers into the {@link Requirements} the order keeps (the
 * domain call itself is covered by the domain and end-to-end tests).
 */
class RequirementFormTests {

	final List<Requirements> sent = new ArrayList<>();

	final DialogDefinition form = DialogDefinition.dialog(OrderForms.REQUIREMENTS)
		.stepsFrom(OrderForms::requirementSteps)
		.onSubmit((answers, submission) -> {
			sent.add(OrderForms.requirements(answers));
			return List.of(Reply.of("sent"));
		});

	final DialogDriver chat = new DialogDriver(form);

	void startWith(String... fields) {
		chat.start(OrderForms.REQUIREMENTS,
				fields.length == 0 ? Map.of(OrderForms.ORDER, "o1") : Map.of(OrderForms.ORDER, "o1", OrderForms.FIELDS, String.join("\n", fields)));
	}

	String step() {
		return chat.session.getActive().getStep();
	}

	@Test
	void asksTheTemplatesFieldsOneStepEachThenTheContactPhone() {
		startWith("Requirement description", "Contact", "Server IP");
		assertThat(chat.lastText()).contains("Requirement form</b> · Step 1 of 4")
			.contains("<b>Requirement description</b>: please fill in this field of the provider's requirement form.");
		assertThat(chat.labels()).containsExactly("✖ Cancel");

		chat.send(new Input.Unsupported("sticker"));
		assertThat(chat.lastText()).contains("⚠️ Please type your answer as text.").contains("Step 1 of 4");
		chat.send(new Input.Attachment(Input.Attachment.Kind.PHOTO, "photo-1", null, "image/jpeg", 2048));
		assertThat(chat.lastText()).contains("⚠️ Please type your answer as text.");
		chat.text("   ");
		assertThat(chat.lastText()).contains("⚠️ Please enter a value.");
		chat.text("x".repeat(1001));
		assertThat(chat.lastText()).contains("⚠️ That is too long: at most 1,000 characters, you sent 1,001.");
		assertThat(step()).isEqualTo("f1");
		assertThat(chat.session.getActive().getAnswers()).isEmpty();

		chat.text("Install <nginx> & TLS");
		assertThat(chat.lastText()).contains("Step 2 of 4").contains("<b>Contact</b>: please fill in");
		chat.text("WeChat mk_ops");
		assertThat(chat.lastText()).contains("Step 3 of 4").contains("<b>Server IP</b>");
		chat.press("« Back");
		assertThat(chat.lastText()).contains("Step 2 of 4").contains("WeChat mk_ops");
		chat.press("✔ Keep the current answer");
		chat.text("10.0.0.8");
		assertThat(chat.lastText()).contains("Step 4 of 4").contains("A <b>phone number</b> the provider can call");
		chat.text("12");
		assertThat(step()).isEqualTo("phone");
		chat.text("139 1234 5678");

		assertThat(step()).isEqualTo("_summary");
		assertThat(chat.lastText()).contains("• <b>Requirement description</b>: Install &lt;nginx&gt; &amp; TLS\n"
				+ "• <b>Contact</b>: WeChat mk_ops\n• <b>Server IP</b>: 10.0.0.8\n• <b>Contact phone</b>: ")
			.doesNotContain("13912345678");
		assertThat(chat.labels()).contains("✏️ Requirement description", "✏️ Contact", "✏️ Server IP", "✏️ Contact phone");
		chat.press("✏️ Server IP");
		chat.text("10.0.0.9");
		assertThat(chat.lastText()).contains("• <b>Server IP</b>: 10.0.0.9");
		chat.press("✅ Submit");

		assertThat(sent).singleElement().satisfies(form -> {
			assertThat(form.answers()).containsExactly(new Answer("Requirement description", "Install <nginx> & TLS"),
					new Answer("Contact", "WeChat mk_ops"), new Answer("Server IP", "10.0.0.9"));
			assertThat(form.contactPhone()).isEqualTo("+8613912345678");
			assertThat(form.description()).isNull();
		});
	}

	@Test
	void aPhoneLikeFieldIsAskedAsAPhoneNumberAndNoOtherPhoneIsAsked() {
		startWith("Server IP", "联系电话");
		chat.text("10.0.0.8");
		assertThat(chat.lastText()).contains("Step 2 of 2").contains("<b>联系电话</b>: a phone number the provider can call");
		chat.send(new Input.Unsupported("sticker"));
		assertThat(chat.lastText()).contains("⚠️ Please type a phone number, or share your contact.");
		chat.text("12");
		assertThat(chat.lastText()).contains("⚠️ ").contains("Step 2 of 2");
		chat.send(new Input.Contact("+86 139 1234 5678", 42L));
		assertThat(step()).isEqualTo("_summary");
		chat.press("✅ Submit");
		assertThat(sent).singleElement().satisfies(form -> {
			assertThat(form.answers()).containsExactly(new Answer("Server IP", "10.0.0.8"), new Answer("联系电话", "+8613912345678"));
			assertThat(form.contactPhone()).isEqualTo("+8613912345678");
		});
	}

	@Test
	void anOrderWithoutATemplateKeepsTheFixedForm() {
		startWith();
		assertThat(chat.lastText()).contains("Step 1 of 3").contains("What should the provider do?");
		chat.text("Migrate MySQL");
		chat.text("13912345678");
		assertThat(chat.lastText()).contains("Step 3 of 3");
		chat.press("Skip »");
		chat.press("✅ Submit");
		assertThat(sent).singleElement().satisfies(form -> {
			assertThat(form.description()).isEqualTo("Migrate MySQL");
			assertThat(form.contactPhone()).isEqualTo("+8613912345678");
			assertThat(form.answers()).isEmpty();
		});
	}

	@Test
	void formsOfDifferentTemplatesRunSideBySideOnOneEngine() {
		startWith("Server IP");
		chat.text("10.0.0.8");
		assertThat(chat.lastText()).contains("Step 2 of 2");
		startWith("Requirement description", "Server IP", "Deadline");
		assertThat(chat.lastText()).contains("Step 1 of 4");
		chat.text("Backup");
		chat.text("10.0.0.8");
		assertThat(chat.lastText()).contains("Step 3 of 4").contains("<b>Deadline</b>");
		chat.text("Friday");
		chat.text("13912345678");
		assertThat(step()).isEqualTo("_summary");
		chat.press("✅ Submit");
		assertThat(sent).singleElement()
			.extracting(Requirements::fields)
			.isEqualTo(List.of("Requirement description", "Server IP", "Deadline"));
	}

}
