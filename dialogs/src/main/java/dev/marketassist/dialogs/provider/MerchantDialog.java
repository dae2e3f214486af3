package dev.marketassist.dialogs.provider;

import static dev.marketassist.dialogs.engine.DialogDefinition.SUMMARY;

import java.time.format.DateTimeFormatter;
import java.util.List;

import dev.marketassist.core.Refused;
import dev.marketassist.core.calendar.WorkingDayCalendar;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.engine.DialogDefinition;
import dev.marketassist.dialogs.engine.Step;
import dev.marketassist.provider.MerchantChanges;
import dev.marketassist.provider.TenpayMerchantId;
import dev.marketassist.provider.WeChatPayMerchantId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Merchant accounts (商户号), offered once the fee is paid: a WeChat Pay merchant ID and/or a
 * Tenpay merchant ID; at least one (checked on submit). The first setting takes effect at once;
 * a later change is the owner's and goes to review ({@link MerchantChanges}). Diagram:
 * {@code merchant.mmd}.
 */
@Configuration(proxyBeanMethods = false)
class MerchantDialog {

	static final String NAME = "merchant";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	@Bean
	DialogDefinition merchantDefinition(MerchantChanges merchants, WorkingDayCalendar calendar) {
		return DialogDefinition.dialog(NAME)
			.about("Merchant accounts (MerchantDialog): after the certification fee is paid. At least one merchant ID (checked on Submit);")
			.about("the first setting is in force at once, a later change is the owner's only and a MERCHANT_CHANGE review ticket.")
			.ask(Step.text("wechat").parse(raw -> WeChatPayMerchantId.of(raw).value()).skippable()).then("tenpay")
			.ask(Step.text("tenpay").parse(raw -> TenpayMerchantId.of(raw).value()).skippable()).then(SUMMARY)
			.onSubmit((answers, submission) -> {
				var t = submission.texts();
				MerchantChanges.Outcome outcome;
				try {
					outcome = merchants.submit(submission.from().userId(),
							answers.find("wechat").map(WeChatPayMerchantId::of).orElse(null),
							answers.find("tenpay").map(TenpayMerchantId::of).orElse(null), submission.submissionId());
				}
				catch (Refused refused) {
					return List.of(Reply.of(t.get(refused)));
				}
				if (outcome.inReview()) {
					return List.of(Reply.of(t.get("merchant.change.submitted", outcome.ticket().getId(),
							DATE.format(outcome.ticket().getDueAt().atZone(calendar.zone())))));
				}
				return List.of(new Reply(t.get("merchant.submitted", outcome.provider().getCompanyName()),
						List.of(List.of(ProviderSteps.button(t, "provider.button.shop", ProviderButtons.SHOP)),
								List.of(ProviderSteps.button(t, "provider.button.status", ProviderButtons.STATUS)))));
			});
	}

}
