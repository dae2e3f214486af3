package dev.marketassist.dialogs.account;

import static dev.marketassist.dialogs.engine.DialogDefinition.SUMMARY;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.marketassist.core.Refused;
import dev.marketassist.core.calendar.WorkingDayCalendar;
import dev.marketassist.dialogs.Deadlines;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.Words;
import dev.marketassist.dialogs.engine.Answers;
import dev.marketassist.dialogs.engine.DialogDefinition;
import dev.marketassist.dialogs.engine.Guard;
import dev.marketassist.dialogs.engine.Step;
import dev.marketassist.review.ReviewStatus;
import dev.marketassist.review.ReviewTicket;
import dev.marketassist.provider.BankAccountNumber;
import dev.marketassist.provider.EmailAddress;
import dev.marketassist.core.input.PhoneNumber;
import dev.marketassist.core.input.TextRule;
import dev.marketassist.provider.UnifiedSocialCreditCode;
import dev.marketassist.provider.AccountChangeManagement;
import dev.marketassist.shop.ServiceContact;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Changing the account information (账号信息, SPEC §2): which part (company and its code, contacts,
 * customer service, settlement bank account), its new values, the summary, then review; the old values stay in force until the
 * change is approved. Diagram: {@code account.mmd}.
 */
@Configuration(proxyBeanMethods = false)
class AccountDialog {

	static final String NAME = "account";


	@Bean
	DialogDefinition accountDefinition(AccountChangeManagement changes, WorkingDayCalendar calendar) {
		return DialogDefinition.dialog(NAME)
			.about("Account information change (AccountDialog): the owner's only, reviewed; the old values stay in force until approved.")
			.ask(Step.choice("section", "company", "contacts", "service", "bank"))
				.branch(Guard.is("section", "company"), "company")
				.branch(Guard.is("section", "contacts"), "contact")
				.branch(Guard.is("section", "bank"), "holder")
				.then("service")
			.ask(Step.text("company").parse(TextRule.COMPANY_NAME::check)).then("uscc")
			.ask(Step.text("uscc").parse(raw -> UnifiedSocialCreditCode.of(raw).value()).skippable()).then(SUMMARY)
			.ask(Step.text("contact").parse(TextRule.PERSON_NAME::check)).then("phone")
			.ask(Step.phone("phone").parse(raw -> PhoneNumber.of(raw).e164()).confidential()
				.display(e164 -> PhoneNumber.of(e164).masked())).then("email")
			.ask(Step.text("email").parse(raw -> EmailAddress.of(raw).value()).skippable()).then(SUMMARY)
			.ask(Step.text("service").parse(raw -> ServiceContact.of(raw).encoded()).displayIn(Words::contact)).then(SUMMARY)
			.ask(Step.text("holder").parse(TextRule.ACCOUNT_HOLDER::check)).then("bank")
			.ask(Step.text("bank").parse(TextRule.BANK_NAME::check)).then("branch")
			.ask(Step.text("branch").parse(TextRule.BANK_BRANCH::check)).then("account")
			.ask(Step.text("account").parse(raw -> BankAccountNumber.of(raw).digits()).confidential()
				.display(digits -> BankAccountNumber.of(digits).masked())).then(SUMMARY)
			.onSubmit((answers, submission) -> {
				var t = submission.texts();
				try {
					ReviewTicket ticket = changes.submit(submission.from().userId(), changes(answers), submission.submissionId());
					String html = ticket.getStatus() == ReviewStatus.WAITING ? t.get("account.submitted.waiting", ticket.getId())
							: t.get("account.submitted", ticket.getId(), Deadlines.lastDay(ticket.getDueAt(), calendar.zone()),
									ticket.getPeriodDays());
					return List.of(Reply.of(html));
				}
				catch (Refused refused) {
					return List.of(Reply.of(t.get(refused)));
				}
			});
	}

	private static Map<String, String> changes(Answers a) {
		Map<String, String> changes = new LinkedHashMap<>();
		if (a.is("section", "company")) {
			changes.put("companyName", a.get("company"));
			a.find("uscc").ifPresent(uscc -> changes.put("uscc", uscc));
		}
		else if (a.is("section", "bank")) {
			changes.put("accountHolder", a.get("holder"));
			changes.put("bankName", a.get("bank"));
			changes.put("bankBranch", a.get("branch"));
			changes.put("bankAccount", a.get("account"));
		}
		else if (a.is("section", "contacts")) {
			changes.put("contactName", a.get("contact"));
			changes.put("contactPhone", a.get("phone"));
			a.find("email").ifPresent(email -> changes.put("contactEmail", email));
		}
		else {
			changes.put("serviceContact", a.get("service"));
		}
		return changes;
	}

}
