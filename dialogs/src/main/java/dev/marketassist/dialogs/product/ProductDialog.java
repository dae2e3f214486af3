package dev.marketassist.dialogs.product;

import static dev.marketassist.dialogs.engine.DialogDefinition.SUMMARY;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.marketassist.product.PreCheck;
import dev.marketassist.product.PreCheckFailed;
import dev.marketassist.product.PricingPlan;
import dev.marketassist.product.ProductManagement;
import dev.marketassist.product.ProductRules;
import dev.marketassist.product.StoredFile;
import dev.marketassist.core.InvalidValue;
import dev.marketassist.core.Refused;
import dev.marketassist.core.calendar.WorkingDayCalendar;
import dev.marketassist.dialogs.Deadlines;
import dev.marketassist.dialogs.Html;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.dialogs.Words;
import dev.marketassist.dialogs.engine.Answers;
import dev.marketassist.dialogs.engine.DialogDefinition;
import dev.marketassist.dialogs.engine.Guard;
import dev.marketassist.dialogs.engine.Step;
import dev.marketassist.review.ReviewStatus;
import dev.marketassist.core.input.TextRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A product (SPEC §6), one dialog for the three service types: type, name, category, (image:
 * tags), logo, then ops: delivery and warranty days, OS, requirement-form fields; image: version,
 * software, machine type, customisation; ops and software: pricing plans; then summary,
 * details, usage document (image: dependent products). Submit pre-checks the product and sends
 * it for review. The form fields and the pricing plans are entered row by row
 * ({@link Step#rows}), each row checked at once by the domain's rule. Started about a product
 * (context {@code product}) it modifies it. Diagram: {@code product.mmd}.
 */
@Configuration(proxyBeanMethods = false)
class ProductDialog {

	static final String NAME = "product";

	private static final Guard OPS = Guard.is("type", "ops");

	private static final Guard IMAGE = Guard.is("type", "image");

	@Bean
	DialogDefinition productDefinition(ProductManagement products, WorkingDayCalendar calendar) {
		return DialogDefinition.dialog(NAME)
			.about("Product (ProductDialog): one dialog for the three service types; Submit pre-checks and opens a review ticket.")
			.about("Modify and Fix and resubmit (ProductEdits) open it on the summary with the product's answers.")
			.about("form and plans are answered row by row (Step.rows): each typed row is checked at once, Done moves on.")
			.ask(Step.choice("type", "ops", "software", "image")).then("name")
			.ask(Step.text("name").parse(ProductRules::name)).then("category")
			.ask(Step.text("category").parse(TextRule.SHORT_TEXT::check)).branch(IMAGE, "tags").then("logo")
			.ask(Step.text("tags").parse(raw -> String.join(", ", ProductRules.items(raw, 3, "invalid.product.tags")))).then("logo")
			.ask(Step.photo("logo").parse(raw -> StoredFile.logo(raw).encoded()).display(encoded -> StoredFile.decode(encoded).shown()))
				.branch(OPS, "delivery").branch(IMAGE, "version").then("plans")
			.ask(Step.text("delivery").parse(ProductRules::days)).then("warranty")
			.ask(Step.text("warranty").parse(ProductRules::days)).then("os")
			.ask(Step.choice("os", "windows", "linux", "both")).then("form")
			.ask(Step.rows("form", ProductRules.MAX_FORM_FIELDS, ProductRules::formField)).then("plans")
			.ask(Step.text("version").parse(TextRule.SHORT_TEXT::check)).then("software")
			.ask(Step.text("software").parse(TextRule.LONG_TEXT::check)).then("machine")
			.ask(Step.text("machine").parse(TextRule.SHORT_TEXT::check).skippable()).then("custom")
			.ask(Step.choice("custom", "yes", "no")).then("intro")
			.ask(Step.rows("plans", PricingPlan.MAX_PLANS, ProductDialog::addPlan).displayIn(Words::planLine)).then("intro")
			.ask(Step.text("intro").parse(TextRule.LONG_TEXT::check)).then("details")
			.ask(Step.text("details").parse(TextRule.LONG_TEXT::check)).then("document")
			.ask(Step.document("document").parse(raw -> StoredFile.usageDocument(raw).encoded())
				.display(encoded -> StoredFile.decode(encoded).shown()).skippable())
				.branch(IMAGE, "dependencies").then(SUMMARY)
			.ask(Step.text("dependencies").parse(TextRule.LONG_TEXT::check).skippable()).then(SUMMARY)
			.onSubmit((answers, submission) -> {
				Texts t = submission.texts();
				String productId = productId(answers);
				ProductManagement.Submitted submitted;
				try {
					submitted = products.submit(submission.from().userId(), productId, ProductAnswers.details(answers));
				}
				catch (PreCheckFailed failed) {
					throw new InvalidValue("precheck.blocked", new Html(findings(t, failed.findings())));
				}
				catch (Refused refused) {
					throw new InvalidValue(refused.code(), refused.args().toArray());
				}
				return List.of(submittedReply(t, submitted, calendar));
			});
	}

	/** One more pricing plan, checked against the plans so far; its canonical line. */
	private static String addPlan(List<String> plans, String raw) {
		List<PricingPlan> parsed = new ArrayList<>();
		for (String line : plans) {
			parsed.add(PricingPlan.parse(line));
		}
		return PricingPlan.addTo(parsed, raw).line();
	}

	private static String productId(Answers answers) {
		return answers.context("product").or(() -> answers.context("subject")).orElse(null);
	}

	static String findings(Texts t, List<PreCheck.Finding> findings) {
		return findings.stream()
			.map(f -> (f.hard() ? "⛔ " : "💡 ") + t.get(f.code(), f.args().toArray()))
			.collect(Collectors.joining("\n"));
	}

	static Reply submittedReply(Texts t, ProductManagement.Submitted submitted, WorkingDayCalendar calendar) {
		String name = submitted.product().getDetails().name();
		var ticket = submitted.ticket();
		StringBuilder html = new StringBuilder(ticket.getStatus() == ReviewStatus.WAITING
				? t.get("product.submitted.waiting", name, ticket.getId())
				: t.get("product.submitted", name, ticket.getId(), Deadlines.lastDay(ticket.getDueAt(), calendar.zone()),
						ticket.getPeriodDays()));
		List<PreCheck.Finding> advice = new ArrayList<>(submitted.advice());
		if (!advice.isEmpty()) {
			html.append("\n\n").append(t.get("precheck.advice")).append("\n").append(findings(t, advice));
		}
		return new Reply(html.toString(), List.of(List.of(ProductPages.listButton(t))));
	}

}
