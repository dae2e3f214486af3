package dev.marketassist.dialogs.provider;

import static dev.marketassist.dialogs.engine.DialogDefinition.SUMMARY;

import java.util.Arrays;
import java.util.List;

import dev.marketassist.core.calendar.WorkingDayCalendar;
import dev.marketassist.dialogs.Deadlines;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.Words;
import dev.marketassist.dialogs.engine.DialogDefinition;
import dev.marketassist.dialogs.engine.Step;
import dev.marketassist.review.ReviewStatus;
import dev.marketassist.core.input.TextRule;
import dev.marketassist.shop.ServiceContact;
import dev.marketassist.shop.ShopManagement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The shop (店铺发布): service scope, product features, customer-service contact, featured
 * products (optional), then review. Diagram: {@code shop.mmd}.
 */
@Configuration(proxyBeanMethods = false)
class ShopDialog {

	static final String NAME = "shop";


	@Bean
	DialogDefinition shopDefinition(ShopManagement shops, WorkingDayCalendar calendar) {
		return DialogDefinition.dialog(NAME)
			.about("Shop (ShopDialog): submitted for platform review; the review waits for the certification fee.")
			.ask(Step.text("scope").parse(TextRule.SHOP_TEXT::check)).then("features")
			.ask(Step.text("features").parse(TextRule.SHOP_TEXT::check)).then("contact")
			.ask(Step.text("contact").parse(raw -> ServiceContact.of(raw).encoded()).displayIn(Words::contact)).then("featured")
			.ask(Step.text("featured").parse(TextRule.SHOP_TEXT::check).skippable()).then(SUMMARY)
			.onSubmit((answers, submission) -> {
				List<String> featured = answers.find("featured")
					.map(text -> Arrays.stream(text.split("[,，\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList())
					.orElse(List.of());
				var submitted = shops.submit(submission.from().userId(), answers.get("scope"), answers.get("features"),
						ServiceContact.decode(answers.get("contact")), featured);
				var t = submission.texts();
				String html = submitted.ticket().getStatus() == ReviewStatus.WAITING ? t.get("shop.submitted.waiting")
						: t.get("shop.submitted", Deadlines.lastDay(submitted.ticket().getDueAt(), calendar.zone()));
				return List.of(new Reply(html, List.of(List.of(ProviderSteps.button(t, "provider.button.status", ProviderButtons.STATUS)))));
			});
	}

}
