package dev.marketassist.dialogs.provider;

import static dev.marketassist.dialogs.engine.DialogDefinition.SUMMARY;

import java.time.Clock;
import java.util.List;

import dev.marketassist.core.Refused;
import dev.marketassist.core.schedule.DueTasks;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.engine.Answers;
import dev.marketassist.dialogs.engine.DialogDefinition;
import dev.marketassist.dialogs.engine.Guard;
import dev.marketassist.dialogs.engine.Step;
import dev.marketassist.dialogs.engine.SubmitHandler.Submission;
import dev.marketassist.provider.BankAccountNumber;
import dev.marketassist.provider.CompanyDetails;
import dev.marketassist.provider.EmailAddress;
import dev.marketassist.provider.PaymentSettings;
import dev.marketassist.core.input.PhoneNumber;
import dev.marketassist.provider.Provider;
import dev.marketassist.provider.ProviderManagement;
import dev.marketassist.core.input.TextRule;
import dev.marketassist.provider.UnifiedSocialCreditCode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Seller onboarding (卖家入驻), the company part: the agreement, real-name verification, the
 * company, its contact and its bank account, then the summary. Diagram: {@code onboarding.mmd}
 * beside this file, generated from this definition; texts: {@code onboarding.*} in the bundles.
 */
@Configuration(proxyBeanMethods = false)
public class OnboardingDialog {

	static final String NAME = "onboarding";

	/** Due-task kind: remind a seller who stopped for real-name verification. */
	public static final String VERIFY_REMINDER = "verify-reminder";

	@Bean
	DialogDefinition onboardingDefinition(ProviderManagement providers, PaymentSettings payments, DueTasks tasks,
			Clock clock) {
		var rules = providers.settings();
		return DialogDefinition.dialog(NAME)
			.onExit((messageKey, submission) -> {
				if ("onboarding.verify-first".equals(messageKey)) {
					long user = submission.from().userId();
					tasks.reschedule(VERIFY_REMINDER + ":" + user, VERIFY_REMINDER, Long.toString(user),
							clock.instant().plus(rules.verificationReminderAfter()), java.util.Map.of());
				}
			})
			.about("Seller onboarding, company part (OnboardingDialog); /start offers to resume a draft.")
			.ask(Step.choice("agreement", "agree", "decline").promptArgs(rules.agreementUrl(), rules.agreementVersion()))
				.exit(Guard.is("agreement", "decline"), "onboarding.declined", false).then("verified")
			.ask(Step.choice("verified", "yes", "no"))
				.exit(Guard.is("verified", "no"), "onboarding.verify-first", true, rules.verificationGuideUrl(),
						rules.verificationFaqUrl())
				.then("company")
			.ask(Step.text("company").parse(TextRule.COMPANY_NAME::check)).then("uscc")
			// a code another provider registered is refused here, not after the last step
			.ask(Step.text("uscc").parse(new Step.CheckedParse(raw -> UnifiedSocialCreditCode.of(raw).value(),
					(user, raw) -> providers.availableUscc(raw, user)))).then("contact")
			.ask(Step.text("contact").parse(TextRule.PERSON_NAME::check)).then("phone")
			.ask(Step.phone("phone").parse(raw -> PhoneNumber.of(raw).e164()).confidential()
				.display(e164 -> PhoneNumber.of(e164).masked())).then("email")
			.ask(Step.text("email").parse(raw -> EmailAddress.of(raw).value()).skippable()).then("holder")
			.ask(Step.text("holder").parse(TextRule.ACCOUNT_HOLDER::check)).then("bank")
			.ask(Step.text("bank").parse(TextRule.BANK_NAME::check)).then("branch")
			.ask(Step.text("branch").parse(TextRule.BANK_BRANCH::check)).then("account")
			.ask(Step.text("account").parse(raw -> BankAccountNumber.of(raw).digits()).confidential()
				.display(digits -> BankAccountNumber.of(digits).masked())).then(SUMMARY)
			.onSubmit((answers, submission) -> submit(providers, payments, answers, submission));
	}

	private static List<Reply> submit(ProviderManagement providers, PaymentSettings payments, Answers a,
			Submission submission) {
		CompanyDetails details = new CompanyDetails(a.get("company"), UnifiedSocialCreditCode.of(a.get("uscc")),
				a.get("contact"), PhoneNumber.of(a.get("phone")), a.find("email").map(EmailAddress::of).orElse(null),
				a.get("holder"), a.get("bank"), a.get("branch"), BankAccountNumber.of(a.get("account")));
		var t = submission.texts();
		Provider provider;
		try {
			provider = providers.registerCompany(details, submission.from().userId(), submission.from().firstName(),
					submission.submissionId());
		}
		catch (Refused member) {
			return List.of(Reply.of(t.get(member)));
		}
		// the notice and the next question belong together: one message
		Reply fee = ProviderSteps.feeOffer(t, payments);
		return List.of(new Reply(t.get("onboarding.submitted", provider.getCompanyName(), provider.getId(),
				provider.getBankAccountMasked()) + "\n\n" + fee.html(), fee.keyboard()));
	}

}
