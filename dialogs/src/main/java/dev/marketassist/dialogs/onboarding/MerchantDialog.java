package dev.marketassist.dialogs.onboarding;

import java.util.List;

import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.engine.DialogDefinition;
import dev.marketassist.dialogs.engine.Step;
import dev.marketassist.seller.OnboardingManagement;
import dev.marketassist.seller.Provider;
import dev.marketassist.seller.TenpayMerchantId;
import dev.marketassist.seller.WeChatPayMerchantId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Merchant accounts (商户号), offered once the fee is paid: a WeChat Pay merchant ID and/or a
 * Tenpay merchant ID; at least one (checked on submit). Diagram: {@code merchant.mmd}.
 */
@Configuration(proxyBeanMethods = false)
class MerchantDialog {

	static final String NAME = "merchant";

	@Bean
	DialogDefinition merchantDefinition(OnboardingManagement onboarding) {
		return DialogDefinition.dialog(NAME)
			.steps(Step.text("wechat").parse(raw -> WeChatPayMerchantId.of(raw).value()).skippable(),
					Step.text("tenpay").parse(raw -> TenpayMerchantId.of(raw).value()).skippable())
			.onSubmit((answers, submission) -> {
				Provider provider = onboarding.setMerchantAccounts(submission.from().userId(),
						answers.find("wechat").map(WeChatPayMerchantId::of).orElse(null),
						answers.find("tenpay").map(TenpayMerchantId::of).orElse(null));
				var t = submission.texts();
				return List.of(new Reply(t.get("merchant.submitted", provider.getCompanyName()),
						List.of(List.of(SellerSteps.button(t, "seller.button.shop", SellerButtons.SHOP)),
								List.of(SellerSteps.button(t, "seller.button.status", SellerButtons.STATUS)))));
			});
	}

}
