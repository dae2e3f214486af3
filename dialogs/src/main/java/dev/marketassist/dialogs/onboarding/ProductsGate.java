package dev.marketassist.dialogs.onboarding;

import java.util.List;

import dev.marketassist.core.Refused;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.dialogs.engine.ChatFeature;
import dev.marketassist.dialogs.engine.Turn;
import dev.marketassist.seller.OnboardingManagement;
import org.springframework.stereotype.Component;

/**
 * "My products": creating products is refused until onboarding is complete and the
 * certification fee is paid, with a clear message and a Pay button (SPEC §1 step 4).
 */
@Component
class ProductsGate implements ChatFeature {

	private final OnboardingManagement onboarding;

	ProductsGate(OnboardingManagement onboarding) {
		this.onboarding = onboarding;
	}

	@Override
	public String menuItem() {
		return "products";
	}

	@Override
	public void openFromMenu(Turn turn) {
		Texts t = turn.texts();
		try {
			onboarding.requireFeePaid(turn.from().userId());
			turn.say(t.get("products.coming"));
		}
		catch (Refused refused) {
			if ("refused.fee.unpaid".equals(refused.code())) {
				turn.prompt(t.get("refused.fee.unpaid"), List.of(List.of(SellerSteps.button(t, "seller.button.pay", "pay"))));
			}
			else {
				turn.prompt(t.get(refused.code()), List.of(List.of(SellerSteps.button(t, "seller.button.status", "status"))));
			}
		}
	}

}
