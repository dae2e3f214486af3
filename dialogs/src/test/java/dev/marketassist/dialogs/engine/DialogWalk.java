package dev.marketassist.dialogs.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.Input;
import dev.marketassist.dialogs.session.DialogState;

/**
 * Walks one dialog definition through the engine as a user would, without Spring, MongoDB or
 * Telegram (over {@link DialogDriver}): answers, Skip, Back, Edit from the summary, Submit; and
 * tells where the dialog stands and which steps it went through.
 */
public final class DialogWalk {

	private final DialogDefinition dialog;

	private final DialogDriver chat;

	/** The steps entered so far, in order (the first included). */
	private final List<String> visited = new ArrayList<>();

	public DialogWalk(DialogDefinition dialog) {
		this.dialog = dialog;
		this.chat = new DialogDriver(dialog);
	}

	/** Starts the dialog (about {@code context}, may be empty). */
	public DialogWalk start(Map<String, String> context) {
		chat.start(dialog.name(), context.isEmpty() ? null : context);
		note();
		return this;
	}

	public DialogWalk start() {
		return start(Map.of());
	}

	/** Types {@code text} (a choice's option may be typed as its id). */
	public DialogWalk answer(String text) {
		chat.text(text);
		return note();
	}

	/** Types each answer in turn. */
	public DialogWalk answers(String... texts) {
		for (String text : texts) {
			answer(text);
		}
		return this;
	}

	public DialogWalk photo(String fileName, String mimeType, long size) {
		chat.send(new Input.Attachment(Input.Attachment.Kind.PHOTO, "photo-" + size, fileName, mimeType, size));
		return note();
	}

	public DialogWalk document(String fileName, String mimeType, long size) {
		chat.send(new Input.Attachment(Input.Attachment.Kind.DOCUMENT, "doc-" + size, fileName, mimeType, size));
		return note();
	}

	/** Shares a contact's phone number. */
	public DialogWalk contact(String phone) {
		chat.send(new Input.Contact(phone, 42L));
		return note();
	}

	/** Presses the button labelled {@code label} on the newest message that shows it. */
	public DialogWalk press(String label) {
		chat.press(label);
		return note();
	}

	public DialogWalk skip() {
		return press("Skip »");
	}

	public DialogWalk back() {
		return press(chat.labels().contains("« Back to the summary") ? "« Back to the summary" : "« Back");
	}

	/** Presses Edit for {@code step} on the summary. */
	public DialogWalk edit(String step) {
		String suffix = ":" + DialogButtons.EDIT.code() + ":" + dialog.indexOf(step);
		Button edit = chat.lastMessage().keyboard().stream().flatMap(List::stream)
			.filter(button -> button.data().endsWith(suffix)).findFirst()
			.orElseThrow(() -> new AssertionError("no Edit of " + step + " on " + chat.lastMessage()));
		chat.pressData(edit.data(), chat.lastMessageId());
		return note();
	}

	public DialogWalk submit() {
		chat.press("✅ Submit");
		return this;
	}

	/** The step the dialog asks ({@link DialogDefinition#SUMMARY} on the summary), or {@code null} once it is left. */
	public String at() {
		DialogState active = chat.session.getActive();
		return active == null ? null : active.getStep();
	}

	/** The steps entered since the start, in order. */
	public List<String> visited() {
		return List.copyOf(visited);
	}

	/** The draft kept of this dialog, if any. */
	public DialogState draft() {
		return chat.session.getDrafts().get(dialog.name());
	}

	/** What the chat shows last. */
	public String lastText() {
		return chat.lastText();
	}

	public List<String> labels() {
		return chat.labels();
	}

	private DialogWalk note() {
		String at = at();
		if (at != null && (visited.isEmpty() || !visited.get(visited.size() - 1).equals(at))) {
			visited.add(at);
		}
		return this;
	}

}
