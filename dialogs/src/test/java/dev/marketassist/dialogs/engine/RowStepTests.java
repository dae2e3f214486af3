package dev.marketassist.dialogs.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import dev.marketassist.core.InvalidValue;
import dev.marketassist.dialogs.Language;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.dialogs.session.DialogState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A step answered row by row ({@link Step#rows}): add, refuse, remove, done, back, edit, stale buttons. */
class RowStepTests {

	final List<Answers> submitted = new ArrayList<>();

	final DialogDefinition shopping = DialogDefinition.dialog("rows")
		.steps(Step.text("shop"), Step.rows("items", 3, RowStepTests::item), Step.text("note"))
		.onSubmit((answers, submission) -> {
			submitted.add(answers);
			return List.of(Reply.of(submission.texts().get("rows.submitted", String.join(" + ", answers.rows("items")))));
		});

	DialogDriver chat;

	static String item(List<String> items, String raw) {
		String item = raw.strip();
		if (item.length() < 2) {
			throw new InvalidValue("invalid.item.short");
		}
		if (items.stream().anyMatch(item::equalsIgnoreCase)) {
			throw new InvalidValue("invalid.item.duplicate", item);
		}
		return item;
	}

	@BeforeEach
	void startAtTheItems() {
		chat = new DialogDriver(shopping);
		chat.command("start");
		chat.press("🏪 Become a seller");
		chat.text("Corner shop");
		assertThat(state().getStep()).isEqualTo("items");
	}

	@Test
	void asksForTheFirstRowWithoutDoneUntilThereIsOne() {
		assertThat(chat.lastText()).contains("Step 2 of 3").contains("Send one <b>item</b>");
		assertThat(chat.labels()).containsExactly("« Back", "✖ Cancel");
	}

	@Test
	void addsARowAndShowsTheRowsSoFarWithAddAnotherRemoveLastAndDone() {
		chat.text("Apples");
		assertThat(chat.lastText()).contains("<b>Items</b> so far (1 of at most 3):\n1. Apples").contains("➕ Add another");
		assertThat(chat.labels()).containsExactly("➕ Add another", "↩️ Remove last", "✅ Done", "« Back", "✖ Cancel");
		assertThat(state().getStep()).isEqualTo("items");
		assertThat(state().getRows()).containsExactly("Apples");
		assertThat(state().getAnswers()).doesNotContainKey("items");
		chat.press("➕ Add another");
		assertThat(chat.lastText()).contains("Send one <b>item</b>").contains("1. Apples").contains("Send number 2");
		chat.text("Pears");
		assertThat(chat.lastText()).contains("(2 of at most 3):\n1. Apples\n2. Pears");
		assertThat(chat.labels()).contains("🗑 Start over");
	}

	@Test
	void refusesABadRowWithTheRulesMessageAndKeepsTheRows() {
		chat.text("Apples");
		chat.text("A");
		assertThat(chat.lastText()).contains("⚠️ An item needs at least 2 characters.").contains("Send one <b>item</b>")
			.contains("1. Apples");
		chat.text(" apples ");
		assertThat(chat.lastText()).contains("⚠️ \"apples\" is on the list already.");
		chat.text("Pears\nPlums");
		assertThat(chat.lastText()).contains("⚠️ Please send one per message");
		assertThat(state().getStep()).isEqualTo("items");
		assertThat(state().getRows()).containsExactly("Apples");
		chat.send(new dev.marketassist.dialogs.Input.Unsupported("sticker"));
		assertThat(chat.lastText()).contains("Please type your answer as text.");
		assertThat(state().getRows()).containsExactly("Apples");
	}

	@Test
	void stopsAtTheMostRowsTheStepAllows() {
		chat.text("Apples");
		chat.text("Pears");
		chat.text("Plums");
		assertThat(chat.lastText()).contains("That is the most there can be (3)");
		assertThat(chat.labels()).doesNotContain("➕ Add another").contains("✅ Done");
		chat.text("Grapes");
		assertThat(chat.lastText()).contains("⚠️ There can be at most 3");
		assertThat(state().getRows()).containsExactly("Apples", "Pears", "Plums");
	}

	@Test
	void removesTheLastRowAndStartsOver() {
		chat.text("Apples");
		chat.text("Pears");
		chat.press("↩️ Remove last");
		assertThat(state().getRows()).containsExactly("Apples");
		assertThat(chat.lastText()).contains("(1 of at most 3):\n1. Apples").doesNotContain("Pears");
		chat.text("Plums");
		chat.press("🗑 Start over");
		assertThat(state().getRows()).isEmpty();
		assertThat(chat.labels()).containsExactly("« Back", "✖ Cancel");
		assertThat(state().getStep()).isEqualTo("items");
	}

	@Test
	void doneMakesTheRowsOneAnswerAndMovesOnToTheSummary() {
		chat.text("Apples");
		chat.text("Pears");
		chat.press("✅ Done");
		assertThat(state().getStep()).isEqualTo("note");
		assertThat(state().getAnswers()).containsEntry("items", "Apples\nPears");
		assertThat(state().getRows()).isNull();
		chat.text("Before noon");
		assertThat(chat.lastText()).contains("<b>Items</b>: \n1. Apples\n2. Pears");
		chat.press("✅ Submit");
		assertThat(submitted).hasSize(1);
		assertThat(submitted.get(0).rows("items")).containsExactly("Apples", "Pears");
		assertThat(chat.lastText()).isEqualTo("Listed Apples + Pears.");
	}

	@Test
	void aStaleOrRepeatedPressChangesNothing() {
		chat.text("Apples");
		chat.text("Pears");
		String remove = chat.dataOf("↩️ Remove last");
		String done = chat.dataOf("✅ Done");
		int list = chat.lastMessageId();
		chat.pressData(remove, list);
		chat.pressData(remove, list);
		assertThat(chat.lastNotice).isEqualTo("Already done: this button was used, or a newer message replaced it.");
		assertThat(state().getRows()).containsExactly("Apples");
		chat.pressData(done, list);
		assertThat(state().getStep()).isEqualTo("items");
		String doneNow = chat.dataOf("✅ Done");
		int current = chat.lastMessageId();
		chat.pressData(doneNow, current);
		chat.pressData(doneNow, current);
		assertThat(chat.lastNotice).isEqualTo("Already done: this button was used, or a newer message replaced it.");
		assertThat(state().getStep()).isEqualTo("note");
		assertThat(state().getAnswers()).containsEntry("items", "Apples");
		assertThat(state().getTrail()).containsExactly("shop", "items");
	}

	@Test
	void backKeepsTheRowsTypedSoFarAndComingForwardShowsThem() {
		chat.text("Apples");
		chat.press("« Back");
		assertThat(state().getStep()).isEqualTo("shop");
		assertThat(state().getRows()).isNull();
		assertThat(state().getAnswers()).containsEntry("items", "Apples");
		chat.press("✔ Keep the current answer");
		assertThat(state().getStep()).isEqualTo("items");
		assertThat(chat.lastText()).contains("1. Apples");
		chat.press("✅ Done");
		assertThat(state().getStep()).isEqualTo("note");
	}

	@Test
	void editingFromTheSummaryStartsFromTheRowsAndBackToTheSummaryLeavesThemAsTheyWere() {
		chat.text("Apples");
		chat.text("Pears");
		chat.press("✅ Done");
		chat.text("Before noon");
		chat.press("✏️ Items");
		assertThat(chat.lastText()).contains("1. Apples\n2. Pears");
		assertThat(chat.labels()).contains("« Back to the summary");
		chat.press("🗑 Start over");
		chat.text("Plums");
		chat.press("« Back to the summary");
		assertThat(state().getStep()).isEqualTo(DialogDefinition.SUMMARY);
		assertThat(state().getAnswers()).containsEntry("items", "Apples\nPears");
		chat.press("✏️ Items");
		chat.press("🗑 Start over");
		chat.text("Plums");
		chat.press("✅ Done");
		assertThat(state().getStep()).isEqualTo(DialogDefinition.SUMMARY);
		assertThat(chat.lastText()).contains("<b>Items</b>: \n1. Plums").doesNotContain("Apples");
	}

	@Test
	void cancellingKeepsTheRowsForLater() {
		chat.text("Apples");
		chat.press("✖ Cancel");
		chat.press("Yes, cancel");
		assertThat(chat.session.getDrafts().get("rows").getRows()).containsExactly("Apples");
		chat.command("start");
		chat.press("▶️ Continue: Shopping list");
		assertThat(chat.lastText()).contains("1. Apples");
		assertThat(chat.labels()).contains("✅ Done");
	}

	@Test
	void rowButtonsOutsideARowStepRePromptAndChangeNothing() {
		chat.press("« Back");
		String seq = Integer.toString(chat.session.getPromptSeq());
		chat.pressData("d:" + seq + ":rd", chat.lastMessageId());
		assertThat(state().getStep()).isEqualTo("shop");
		assertThat(chat.lastText()).contains("Which shop?");
	}

	@Test
	void anOptionalRowStepOffersSkipOnlyWhileItHasNoRows() {
		DialogDefinition optional = DialogDefinition.dialog("rows")
			.steps(Step.text("shop"), Step.rows("items", 3, RowStepTests::item).skippable(), Step.text("note"))
			.onSubmit((answers, submission) -> List.of());
		chat = new DialogDriver(optional);
		chat.command("start");
		chat.press("🏪 Become a seller");
		chat.text("Corner shop");
		assertThat(chat.labels()).containsExactly("« Back", "Skip »", "✖ Cancel");
		chat.text("Apples");
		assertThat(chat.labels()).doesNotContain("Skip »");
		chat.press("↩️ Remove last");
		chat.press("Skip »");
		assertThat(state().getStep()).isEqualTo("note");
		assertThat(state().getAnswers()).doesNotContainKey("items");
	}

	@Test
	void speaksChinese() {
		chat = new DialogDriver(shopping);
		chat.texts = new Texts(DialogDriver.messages(), Language.ZH_CN);
		chat.command("start");
		chat.press("🏪 卖家入驻");
		chat.text("街角商店");
		chat.text("苹果");
		assertThat(chat.lastText()).contains("已添加的<b>物品</b>（1 个，最多 3 个）");
		assertThat(chat.labels()).containsExactly("➕ 再添加一个", "↩️ 删除最后一个", "✅ 完成", "« 上一步", "✖ 取消");
	}

	@Test
	void refusesARowStepThatIsConfidentialOrNotText() {
		assertThatThrownBy(() -> Step.rows("secret", 3, RowStepTests::item).confidential())
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Step.rows("none", 0, RowStepTests::item)).isInstanceOf(IllegalArgumentException.class);
	}

	private DialogState state() {
		return chat.session.getActive();
	}

}
