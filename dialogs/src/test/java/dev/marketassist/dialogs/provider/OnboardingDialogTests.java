package dev.marketassist.dialogs.provider;

import static dev.marketassist.dialogs.engine.DialogDefinition.SUMMARY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marketassist.dialogs.engine.DialogWalk;
import org.junit.jupiter.api.Test;

/** The onboarding dialog's graph walked through the engine: its exits, its one path, Back and Edit. */
class OnboardingDialogTests {

	final DialogWalk walk = new DialogWalk(OnboardingDefinitions.onboarding()).start();

	DialogWalk toEmail() {
		return walk.answers("agree", "yes", "ACME Cloud & Co.", "91350100m000100y43", "Ada Lovelace").contact("+86 138 1234 5678");
	}

	@Test
	void decliningTheAgreementLeavesAndKeepsNothing() {
		walk.answer("decline");
		assertThat(walk.at()).isNull();
		assertThat(walk.draft()).isNull();
		assertThat(walk.lastText()).contains("agreement");
	}

	@Test
	void notVerifiedYetLeavesAndKeepsTheDraftAtTheQuestion() {
		walk.answers("agree", "no");
		assertThat(walk.at()).isNull();
		assertThat(walk.draft().getStep()).isEqualTo("verified");
		assertThat(walk.draft().getAnswers()).containsEntry("agreement", "agree");
	}

	@Test
	void theCompanyPathReachesTheSummaryWithTheEmailSkipped() {
		toEmail().skip().answers("ACME Cloud & Co", "China Merchants Bank", "Fuzhou Branch", "6222 0202 0011 2233");
		assertThat(walk.visited()).containsExactly("agreement", "verified", "company", "uscc", "contact", "phone", "email",
				"holder", "bank", "branch", "account", SUMMARY);
		assertThat(walk.lastText()).contains("Please check your answers").contains("Account number</b>: **** **** 2233").doesNotContain("6222 0202");
	}

	@Test
	void aBadAnswerKeepsTheStep() {
		walk.answers("agree", "yes", "ACME Cloud & Co.", "91350100M000100Y44");
		assertThat(walk.at()).isEqualTo("uscc");
		assertThat(walk.lastText()).contains("the last character does not match");
	}

	@Test
	void backReturnsAlongTheWayTakenAndEditComesStraightBackToTheSummary() {
		toEmail().back();
		assertThat(walk.at()).isEqualTo("phone");
		walk.back().back();
		assertThat(walk.at()).isEqualTo("uscc");
		walk.answer("91350100m000100y43").answer("Ada Lovelace").contact("+86 138 1234 5678").answer("ada@example.com")
			.answers("ACME Cloud & Co", "China Merchants Bank", "Fuzhou Branch", "6222 0202 0011 2233");
		assertThat(walk.at()).isEqualTo(SUMMARY);
		walk.edit("contact");
		assertThat(walk.at()).isEqualTo("contact");
		walk.answer("Grace Hopper");
		assertThat(walk.at()).isEqualTo(SUMMARY);
		assertThat(walk.lastText()).contains("Grace Hopper");
		walk.back();
		assertThat(walk.at()).isEqualTo("account");
	}

}
