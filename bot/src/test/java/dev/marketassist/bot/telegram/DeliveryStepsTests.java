package dev.marketassist.bot.telegram;

import java.util.List;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.Outgoing;
import dev.marketassist.dialogs.Outgoing.Action;
import dev.marketassist.dialogs.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryStepsTests {

	private static final long CHAT = 42;

	private final DeliverySteps steps = new DeliverySteps(false);

	@Test
	void aNoticeAndTheQuestionAfterItGoAsOneMessageThatDeliversBothEntries() {
		List<DeliverySteps.Step> plan = this.steps.plan(CHAT,
				List.of(send("a", "Company information saved."), prompt("b", "Pay the fee?"), clear("c", 7)));

		assertThat(plan).hasSize(2);
		assertThat(plan.get(0).keys()).containsExactly("a", "b");
		assertThat(plan.get(0).entry().reply().html()).isEqualTo("Company information saved.\n\nPay the fee?");
		assertThat(plan.get(0).entry().reply().hasKeyboard()).isTrue();
		assertThat(plan.get(1).keys()).containsExactly("c");
		assertThat(plan.get(1).entry().action()).isEqualTo(Action.CLEAR_KEYBOARD);
	}

	@Test
	void aPromptWithButtonsIsNotJoinedWithWhatFollowsNorAreTextsTooLongForOneMessage() {
		String long1 = "x".repeat(3000);
		List<DeliverySteps.Step> plan = this.steps.plan(CHAT,
				List.of(prompt("a", "Choose"), send("b", "Noted."), send("c", long1), send("d", long1)));

		assertThat(plan).extracting(DeliverySteps.Step::keys)
			.containsExactly(List.of("a"), List.of("b", "c"), List.of("d"));
	}

	@Test
	void removesButtonsOnceAndNeverFromAMessageKnownToHaveNone() {
		this.steps.bare(CHAT, 5);
		List<DeliverySteps.Step> plan = this.steps.plan(CHAT,
				List.of(clear("a", 5), prompt("b", "Next"), clear("c", 6), clear("d", 6)));

		assertThat(plan).hasSize(3);
		assertThat(plan.get(0).entry()).isNull(); // nothing to do for a, confirmed with the rest
		assertThat(plan.get(0).keys()).containsExactly("a");
		assertThat(plan.get(2).entry().messageId()).isEqualTo(6);
		assertThat(plan.get(2).keys()).containsExactly("c", "d");
		this.steps.buttons(CHAT, 5, new Reply("Again", List.of(List.of(Button.choice("OK", "ok")))));
		assertThat(this.steps.isBare(CHAT, 5)).isFalse();
	}

	@Test
	void canLeaveTheButtonsOfASupersededPromptButStillRetiresALastPrompt() {
		DeliverySteps keeping = new DeliverySteps(true);
		assertThat(keeping.plan(CHAT, List.of(prompt("a", "Next"), clear("b", 6)))).hasSize(1)
			.allSatisfy((step) -> assertThat(step.keys()).containsExactly("a", "b"));
		assertThat(keeping.plan(CHAT, List.of(send("a", "Done."), clear("b", 6))))
			.extracting((step) -> step.entry().action())
			.containsExactly(Action.SEND, Action.CLEAR_KEYBOARD);
	}

	@Test
	void aSupersededPromptKeepsButtonsThatOnlyNavigateButLosesItsChoices() {
		this.steps.buttons(CHAT, 6, new Reply("Company name?", List.of(List.of(nav("« Back", "b"), nav("✖ Cancel", "x")))));
		this.steps.buttons(CHAT, 7, new Reply("Accept?", List.of(List.of(nav("Yes", "o:0")), List.of(nav("✖ Cancel", "x")))));

		assertThat(this.steps.plan(CHAT, List.of(prompt("a", "Next"), clear("b", 6)))).hasSize(1)
			.allSatisfy((step) -> assertThat(step.keys()).containsExactly("a", "b"));
		assertThat(this.steps.plan(CHAT, List.of(prompt("a", "Next"), clear("b", 7))))
			.extracting((step) -> step.entry().action())
			.containsExactly(Action.SEND, Action.CLEAR_KEYBOARD);
		// no newer prompt (the dialog ended): its navigation goes too
		assertThat(this.steps.plan(CHAT, List.of(send("a", "Cancelled."), clear("b", 6))))
			.extracting((step) -> step.entry().action())
			.containsExactly(Action.SEND, Action.CLEAR_KEYBOARD);
		this.steps.forget(CHAT, 6);
		assertThat(this.steps.plan(CHAT, List.of(prompt("a", "Next"), clear("b", 6)))).hasSize(2);
	}

	private static Button nav(String label, String action) {
		return Button.choice(label, "d:1a:" + action);
	}

	private static Outgoing send(String key, String html) {
		return new Outgoing(key, Action.SEND, null, Reply.of(html));
	}

	private static Outgoing prompt(String key, String html) {
		return new Outgoing(key, Action.SEND, null, new Reply(html, List.of(List.of(Button.choice("OK", "ok")))));
	}

	private static Outgoing clear(String key, int messageId) {
		return new Outgoing(key, Action.CLEAR_KEYBOARD, messageId, null);
	}

}
