package dev.marketassist.dialogs.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import dev.marketassist.dialogs.Input;
import dev.marketassist.dialogs.Language;
import dev.marketassist.dialogs.Outgoing;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.dialogs.session.DialogState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine's controls on a sample dialog, without Spring or MongoDB. */
class DialogEngineTests {

	DialogDriver chat;

	@BeforeEach
	void startSample() {
		chat = new DialogDriver();
		chat.command("start");
		chat.press("🏪 Become a seller");
	}

	@Test
	void showsTheFirstStepWithProgressOptionsAndCancelButNoBack() {
		assertThat(chat.lastText()).contains("<b>Sample form</b> · Step 1 of 4").contains("Do you agree");
		assertThat(chat.labels()).containsExactly("I agree", "I decline", "✖ Cancel");
	}

	@Test
	void movesOnAndRetiresThePreviousPromptsButtons() {
		int agreement = chat.lastMessageId();
		chat.press("I agree");
		assertThat(chat.lastText()).contains("Step 2 of 4").contains("What is your name?");
		assertThat(chat.chat.get(agreement).keyboard()).isEmpty();
		assertThat(chat.labels()).containsExactly("« Back", "✖ Cancel");
	}

	@Test
	void acceptsAChoiceTypedAsItsLabel() {
		chat.text("i agree");
		assertThat(chat.session.getActive().getStep()).isEqualTo("name");
	}

	@Test
	void rePromptsInvalidInputAndChangesNothing() {
		chat.press("I agree");
		chat.text("A");
		assertThat(chat.lastText()).contains("⚠️ A name needs at least 2 characters.").contains("What is your name?");
		assertThat(chat.session.getActive().getStep()).isEqualTo("name");
		assertThat(chat.session.getActive().getAnswers()).doesNotContainKey("name");
	}

	@Test
	void rePromptsAStickerOrPhotoWhereTextIsExpected() {
		chat.press("I agree");
		chat.send(new Input.Unsupported("sticker"));
		assertThat(chat.lastText()).contains("Please type your answer as text.");
		chat.send(new Input.Attachment(Input.Attachment.Kind.PHOTO, "f1", null, "image/jpeg", 1000));
		assertThat(chat.lastText()).contains("Please type your answer as text.");
		assertThat(chat.session.getActive().getStep()).isEqualTo("name");
		assertThat(chat.session.getActive().getAnswers()).containsOnlyKeys("agree");
	}

	@Test
	void goesBackKeepingTheAnswerAndOffersToKeepIt() {
		chat.press("I agree");
		chat.text("Ada Lovelace");
		chat.press("« Back");
		assertThat(chat.lastText()).contains("What is your name?").contains("Current answer:</i> Ada Lovelace");
		chat.press("✔ Keep the current answer");
		assertThat(chat.session.getActive().getStep()).isEqualTo("note");
		assertThat(chat.session.getActive().getAnswers()).containsEntry("name", "Ada Lovelace");
	}

	@Test
	void escapesTheCurrentAnswerExactlyOnce() {
		chat.press("I agree");
		chat.text("Ada <b>&</b>");
		chat.press("« Back");
		assertThat(chat.lastText()).contains("Current answer:</i> Ada &lt;b&gt;&amp;&lt;/b&gt;");
	}

	@Test
	void skipsAnOptionalStep() {
		chat.press("I agree");
		chat.text("Ada");
		assertThat(chat.labels()).contains("Skip »");
		chat.text("first note");
		chat.press("« Back");
		chat.press("Skip »");
		assertThat(chat.session.getActive().getStep()).isEqualTo("secret");
		assertThat(chat.session.getActive().getAnswers()).doesNotContainKey("note");
	}

	@Test
	void refusesAStaleButtonWithoutMovingTheDialog() {
		String agree = chat.dataOf("I agree");
		int oldMessage = chat.lastMessageId();
		chat.press("I agree");
		chat.pressData(agree, oldMessage);
		assertThat(chat.lastNotice).isEqualTo("Already done: this button was used, or a newer message replaced it.");
		assertThat(chat.lastOut).isEmpty();
		assertThat(chat.session.getActive().getStep()).isEqualTo("name");
		assertThat(chat.session.getActive().getTrail()).containsExactly("agree");
	}

	@Test
	void aNavigatingButtonLeftOnAnOlderPromptPointsToTheLatestMessageAndMovesNothing() {
		chat.press("I agree");
		String cancel = chat.dataOf("✖ Cancel");
		int older = chat.lastMessageId();
		chat.text("Ada");
		chat.pressData(cancel, older);
		assertThat(chat.lastNotice).isEqualTo("A newer message replaced this one: please use the latest message below.");
		assertThat(chat.lastOut).isEmpty();
		assertThat(chat.session.getActive().getStep()).isEqualTo("note");
		assertThat(chat.session.getActive().getAnswers()).containsEntry("name", "Ada");
	}

	@Test
	void refusesForgedAndForeignButtons() {
		String live = chat.dataOf("I agree");
		String nonce = live.split(":")[1];
		chat.pressData("d:zzz:o:0", chat.lastMessageId());
		assertThat(chat.lastNotice).isEqualTo("Already done: this button was used, or a newer message replaced it.");
		chat.pressData("zz:1", chat.lastMessageId());
		assertThat(chat.lastNotice).isEqualTo("This button is no longer active.");
		chat.pressData("d:" + nonce + ":o:0:extra", chat.lastMessageId());
		assertThat(chat.lastNotice).isEqualTo("This button is no longer active.");
		chat.pressData("d:" + nonce + ":o:7", chat.lastMessageId());
		assertThat(chat.session.getActive().getStep()).isEqualTo("agree");
		assertThat(chat.session.getActive().getAnswers()).isEmpty();
	}

	@Test
	void showsASummaryWithTheConfidentialAnswerMaskedAndSealedAtRest() {
		fillAll();
		assertThat(chat.lastText()).contains("Please check your answers")
			.contains("<b>Name</b>: Ada &lt;b&gt;")
			.contains("<b>Account</b>: ")
			.doesNotContain("6222020200112233");
		assertThat(chat.lastText()).contains("2233");
		assertThat(chat.session.getActive().getAnswers().get("secret")).startsWith("sealed:").doesNotContain("6222020200112233");
	}

	@Test
	void editsOneAnswerFromTheSummaryAndComesStraightBack() {
		fillAll();
		chat.press("✏️ Name");
		assertThat(chat.lastText()).contains("What is your name?");
		assertThat(chat.labels()).contains("« Back to the summary");
		chat.text("Grace");
		assertThat(chat.session.getActive().getStep()).isEqualTo(DialogDefinition.SUMMARY);
		assertThat(chat.lastText()).contains("<b>Name</b>: Grace");
	}

	@Test
	void submitsOnceWithTheClearAnswers() {
		fillAll();
		chat.press("✅ Submit");
		assertThat(chat.sample.submitted).hasSize(1);
		Answers answers = chat.sample.submitted.get(0);
		assertThat(answers.get("secret")).isEqualTo("6222020200112233");
		assertThat(answers.find("note")).isEmpty();
		assertThat(chat.lastText()).contains("Thank you, Ada &lt;b&gt;. Submitted.");
		assertThat(chat.session.getActive()).isNull();
		assertThat(chat.session.getDrafts()).isEmpty();
	}

	@Test
	void cancelAsksFirstKeepsTheDraftAndResumesWhereItStopped() {
		chat.press("I agree");
		chat.text("Ada");
		chat.press("✖ Cancel");
		assertThat(chat.lastText()).contains("Cancel <b>Sample form</b>?");
		chat.press("Yes, cancel");
		assertThat(chat.session.getActive()).isNull();
		DialogState draft = chat.session.getDrafts().get("sample");
		assertThat(draft.getStep()).isEqualTo("note");
		chat.command("start");
		assertThat(chat.lastText()).contains("You have unfinished work").contains("Sample form — step 3 of 4");
		chat.press("▶️ Continue: Sample form");
		assertThat(chat.lastText()).contains("Any note?");
		assertThat(chat.session.getActive().getAnswers()).containsEntry("name", "Ada");
	}

	@Test
	void cancelCanBeTakenBack() {
		chat.press("I agree");
		chat.command("cancel");
		chat.press("No, continue");
		assertThat(chat.lastText()).contains("What is your name?");
		assertThat(chat.session.getActive().getMode()).isEqualTo(DialogState.Mode.ASKING);
	}

	@Test
	void decliningEndsPolitelyAndKeepsNothing() {
		chat.press("I decline");
		assertThat(chat.lastText()).isEqualTo("You declined. Nothing was stored.");
		assertThat(chat.session.getActive()).isNull();
		assertThat(chat.session.getDrafts()).isEmpty();
	}

	@Test
	void speaksChineseWithTheSameControls() {
		chat = new DialogDriver();
		chat.texts = new Texts(DialogDriver.messages(), Language.ZH_CN);
		chat.command("start");
		chat.press("🏪 卖家入驻");
		assertThat(chat.lastText()).contains("<b>示例表单</b> · 第 1 步，共 4 步");
		chat.press("我同意");
		assertThat(chat.labels()).containsExactly("« 上一步", "✖ 取消");
	}

	@Test
	void aReplyToAnEarlierQuestionIsNeverTakenForTheCurrentOne() {
		chat.press("I agree");
		int nameQuestion = chat.lastMessageId();
		chat.text("Ada");
		assertThat(chat.session.getActive().getStep()).isEqualTo("note");
		// the same answer again, as a reply to the name question: saved once, the note untouched
		chat.send(new Input.Text(" Ada ", nameQuestion));
		assertThat(chat.lastText()).contains("You sent the answer to “Name” again: it is saved once");
		// anything else replying to the name question is not a note either
		chat.send(new Input.Text("Grace", nameQuestion));
		assertThat(chat.lastText()).contains("You replied to an earlier question, so nothing was saved");
		assertThat(chat.session.getActive().getStep()).isEqualTo("note");
		assertThat(chat.session.getActive().getAnswers()).containsEntry("name", "Ada").doesNotContainKey("note");
		// a reply to the current question is an answer to it
		chat.send(new Input.Text("a note", chat.lastMessageId()));
		assertThat(chat.session.getActive().getAnswers()).containsEntry("note", "a note");
	}

	@Test
	void theSameAnswerRightAfterTheRecoveryResentItsQuestionIsARepeat() {
		chat.press("I agree");
		chat.session.resent("sample/name", Instant.parse("2026-11-23T10:04:50Z"));
		chat.text("Ada");
		assertThat(chat.session.getActive().getStep()).as("the re-sent question is the current one: an answer").isEqualTo("note");
		chat.text("Ada");
		assertThat(chat.lastText()).contains("You sent the answer to “Name” again");
		assertThat(chat.session.getActive().getAnswers()).doesNotContainKey("note");
		chat.text("Another note");
		assertThat(chat.session.getActive().getAnswers()).containsEntry("note", "Another note");
	}

	@Test
	void aRepeatLongAfterTheResentQuestionIsAnAnswer() {
		chat.press("I agree");
		chat.session.resent("sample/name", Instant.parse("2026-11-23T10:04:00Z"));
		chat.text("Ada");
		chat.text("Ada");
		assertThat(chat.session.getActive().getAnswers()).containsEntry("note", "Ada");
	}

	@Test
	void keepsEveryCallbackPayloadWithin64Bytes() {
		fillAll();
		List<Outgoing> out = chat.lastOut;
		assertThat(out).isNotEmpty();
		assertThat(chat.lastMessage().keyboard().stream().flatMap(List::stream))
			.allSatisfy(button -> assertThat(button.data().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
				.isLessThanOrEqualTo(ButtonType.MAX_BYTES));
	}

	private void fillAll() {
		chat.press("I agree");
		chat.text("Ada <b>");
		chat.press("Skip »");
		chat.text(" 6222020200112233 ");
		assertThat(chat.session.getActive().getStep()).isEqualTo(DialogDefinition.SUMMARY);
	}

}
