package dev.marketassist.dialogs.provider;

import java.util.List;

import dev.marketassist.dialogs.engine.Turn;
import dev.marketassist.dialogs.menu.DialogGate;
import dev.marketassist.dialogs.session.DialogState;
import dev.marketassist.provider.Providers;
import org.springframework.stereotype.Component;

/**
 * Seller onboarding is for new sellers only: someone who already owns or operates a provider is
 * sent to /status and /account instead (their company, code and bank account change through a
 * reviewed account change). {@code ProviderManagement.registerCompany} refuses them as well.
 */
@Component
class OnboardingGate implements DialogGate {

	private final Providers providers;

	OnboardingGate(Providers providers) {
		this.providers = providers;
	}

	@Override
	public boolean refuses(Turn turn, String dialog) {
		if (!OnboardingDialog.NAME.equals(dialog)) {
			return false;
		}
		return providers.membershipOf(turn.from().userId()).map(provider -> {
			// an onboarding begun before joining a provider can never be submitted: drop it
			DialogState active = turn.session().getActive();
			if (active != null && OnboardingDialog.NAME.equals(active.getDialog())) {
				turn.session().setActive(null);
			}
			turn.session().getDrafts().remove(OnboardingDialog.NAME);
			var t = turn.texts();
			turn.retirePressed();
			turn.prompt(t.get("refused.onboarding.member", provider.companyName()),
					List.of(List.of(ProviderSteps.button(t, "provider.button.status", ProviderButtons.STATUS))));
			return true;
		}).orElse(false);
	}

}
