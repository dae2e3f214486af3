package dev.marketassist.dialogs.account;

import static dev.marketassist.dialogs.engine.DialogDefinition.SUMMARY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marketassist.dialogs.engine.DialogWalk;
import org.junit.jupiter.api.Test;

/** The account dialog's four branches (one per section) walked through the engine, with Back and Edit. */
class AccountDialogTests {

	final DialogWalk walk = new DialogWalk(AccountDefinitions.account()).start();

	@Test
	void theCompanySectionAsksTheNameAndAnOptionalCode() {
		walk.answer("company").answer("ACME Cloud & Co").skip();
		assertThat(walk.visited()).containsExactly("section", "company", "uscc", SUMMARY);
	}

	@Test
	void theContactsSectionAsksContactPhoneAndAnOptionalEmail() {
		walk.answers("contacts", "Grace Hopper").contact("+86 138 1234 5678").answer("grace@example.com");
		assertThat(walk.visited()).containsExactly("section", "contact", "phone", "email", SUMMARY);
	}

	@Test
	void theServiceSectionIsOneStep() {
		walk.answers("service", "13812345678");
		assertThat(walk.visited()).containsExactly("section", "service", SUMMARY);
	}

	@Test
	void theBankSectionAsksTheAccountAndShowsItMasked() {
		walk.answers("bank", "ACME Cloud & Co", "China Merchants Bank", "Fuzhou Branch", "6222 0202 0011 2233");
		assertThat(walk.visited()).containsExactly("section", "holder", "bank", "branch", "account", SUMMARY);
		assertThat(walk.lastText()).contains("2233").doesNotContain("6222 0202");
	}

	@Test
	void editingTheSectionReturnsToTheSummaryAndBackFollowsTheBranchTaken() {
		walk.answers("service", "13812345678");
		walk.back();
		assertThat(walk.at()).isEqualTo("service");
		walk.back();
		assertThat(walk.at()).isEqualTo("section");
		walk.answers("service", "13812345678").edit("section").answer("bank");
		assertThat(walk.at()).isEqualTo(SUMMARY);
		walk.submit();
		assertThat(walk.at()).isEqualTo("holder");
	}

}
