package dev.marketassist.dialogs.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.marketassist.dialogs.Conversation;
import dev.marketassist.dialogs.Input;
import dev.marketassist.dialogs.Language;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.dialogs.session.ChatSession;
import dev.marketassist.dialogs.session.DialogState;
import org.junit.jupiter.api.Test;

/**
 * A dialog started about something (its context) gives it to the submit handler, and keeps it
 * when it is started over from the resume offer.
 */
class DialogStartOverTests {

	final List<String> submittedFor = new ArrayList<>();

	final DialogDefinition about = DialogDefinition.dialog("sample")
		.steps(Step.text("name"))
		.onSubmit((answers, submission) -> {
			submittedFor.add(answers.context("order").orElse("none") + "/" + answers.get("name"));
			return List.of(Reply.of("ok"));
		});

	final DialogEngine engine = new DialogEngine(List.of(about), SampleDialog.SEALER);

	final ChatSession session = new ChatSession(42, 42, Instant.parse("2026-11-23T10:00:00Z"));

	Turn turn() {
		return new Turn(session, new Texts(DialogDriver.messages(), Language.EN), new Conversation(42, 42, "en", "Ada"),
				Instant.parse("2026-11-23T10:05:00Z"), null);
	}

	@Test
	void givesTheContextToTheSubmitHandler() {
		engine.start(turn(), "sample", Map.of("order", "k3x9q2m7wd"));
		engine.handle(turn(), new Input.Text("Ada"));
		engine.press(turn(), new ButtonType.Press<>(DialogButtons.SUBMIT, java.util.List.of(), "1"));
		assertThat(submittedFor).containsExactly("k3x9q2m7wd/Ada");
	}

	@Test
	void keepsTheContextWhenAPausedDialogIsStartedOver() {
		engine.start(turn(), "sample", Map.of("order", "k3x9q2m7wd"));
		engine.handle(turn(), new Input.Text("Ada"));
		DialogState paused = session.getActive();
		session.setActive(null);
		session.getDrafts().put("sample", paused);
		engine.start(turn(), "sample");
		assertThat(session.getActive().getContext()).containsEntry("order", "k3x9q2m7wd");
		assertThat(session.getActive().getAnswers()).isEmpty();
		assertThat(session.getDrafts()).isEmpty();
	}

	@Test
	void keepsTheContextWhenTheActiveDialogIsStartedOver() {
		engine.start(turn(), "sample", Map.of("order", "k3x9q2m7wd"));
		engine.start(turn(), "sample");
		assertThat(session.getActive().getContext()).containsEntry("order", "k3x9q2m7wd");
	}

	@Test
	void startsWithAnEmptyContextByDefault() {
		engine.start(turn(), "sample");
		engine.handle(turn(), new Input.Text("Ada"));
		engine.press(turn(), new ButtonType.Press<>(DialogButtons.SUBMIT, java.util.List.of(), "1"));
		assertThat(submittedFor).containsExactly("none/Ada");
	}

}
