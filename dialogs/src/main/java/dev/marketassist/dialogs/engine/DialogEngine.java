package dev.marketassist.dialogs.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.marketassist.core.InvalidValue;
import dev.marketassist.dialogs.Input;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.dialogs.engine.DialogLifecycle.Move;
import dev.marketassist.dialogs.session.DialogState;
import dev.marketassist.dialogs.session.DialogState.Mode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs dialogs: shows a step's prompt with its controls (Back, Skip, Cancel, a progress line;
 * drawn by {@link StepPrompts}), validates answers with the step's rule (row by row through
 * {@link RowSteps}), moves to the next step when the {@link DialogLifecycle} permits it, shows the
 * summary with Edit and Submit, and submits.
 * Invalid or unexpected input re-prompts and changes nothing. Pure with respect to the outside
 * world except for the dialog's submit handler.
 */
public final class DialogEngine {

	private static final Logger log = LoggerFactory.getLogger(DialogEngine.class);

	private final Map<String, DialogDefinition> dialogs = new LinkedHashMap<>();

	private final DialogLifecycle lifecycle = new DialogLifecycle();

	private final Sealer sealer;

	private final StepPrompts prompts;

	private final RowSteps rows;

	private final MeterRegistry meters;

	public DialogEngine(Collection<DialogDefinition> definitions, Sealer sealer) {
		this(definitions, sealer, new SimpleMeterRegistry());
	}

	/** @param meters where the funnel is counted: {@code market.dialog.steps} by dialog, step and event */
	public DialogEngine(Collection<DialogDefinition> definitions, Sealer sealer, MeterRegistry meters) {
		definitions.forEach(definition -> dialogs.put(definition.name(), definition));
		this.sealer = sealer;
		this.prompts = new StepPrompts(sealer);
		this.rows = new RowSteps(this.prompts);
		this.meters = meters;
	}

	/** Counts a funnel event: entered or completed a step, submitted, cancelled, exited. */
	private void count(String dialog, String step, String event) {
		meters.counter("market.dialog.steps", "dialog", dialog, "step", step, "event", event).increment();
	}

	public Optional<DialogDefinition> find(String name) {
		return Optional.ofNullable(dialogs.get(name));
	}

	/**
	 * Starts {@code name} afresh (dropping any draft of it) and shows its first step. Started over
	 * (the resume offer's "Start over"), it stays about what it was about (its context).
	 */
	public void start(Turn turn, String name) {
		start(turn, name, null);
	}

	/**
	 * Starts {@code name} afresh about something ({@code context}, e.g. the ticket a rejection is
	 * for); the submit handler reads it through {@link Answers#context(String)}. A dialog whose
	 * steps depend on the context starts at its first step for that context.
	 */
	public void start(Turn turn, String name, java.util.Map<String, String> context) {
		DialogState earlier = turn.session().getDrafts().remove(name);
		DialogState active = turn.session().getActive();
		if (earlier == null && active != null && active.getDialog().equals(name)) {
			earlier = active;
		}
		java.util.Map<String, String> about = context != null ? context : earlier != null ? earlier.getContext() : null;
		DialogDefinition dialog = dialogs.get(name).resolve(about);
		DialogState fresh = new DialogState(name, dialog.steps().get(0).id(), turn.now());
		if (about != null) {
			fresh.setContext(about);
		}
		turn.session().setActive(fresh);
		count(name, dialog.steps().get(0).id(), "entered");
		show(turn, null);
	}

	/** The definition a dialog state runs: its dialog, with the steps of its context. */
	private DialogDefinition definition(DialogState state) {
		return dialogs.get(state.getDialog()).resolve(state.getContext());
	}

	/** Shows the active dialog where it stands (after /start, a restart, a cancelled cancel). */
	public void show(Turn turn, String error) {
		DialogState state = turn.session().getActive();
		DialogDefinition dialog = definition(state);
		if (state.getMode() == Mode.CONFIRM_CANCEL) {
			prompts.confirmCancel(turn, dialog, state);
		}
		else if (DialogDefinition.SUMMARY.equals(state.getStep())) {
			prompts.summary(turn, dialog, state, path(dialog, state, answers(dialog, state)), error);
		}
		else {
			prompts.prompt(turn, dialog, state, error);
		}
	}

	/** Asks to confirm cancelling the active dialog (the /cancel command and the Cancel button). */
	public void requestCancel(Turn turn) {
		DialogState state = turn.session().getActive();
		state.setMode(Mode.CONFIRM_CANCEL);
		prompts.confirmCancel(turn, definition(state), state);
	}

	/** Handles input for the active dialog; returns false for a button that is not the dialog's. */
	public boolean handle(Turn turn, Input input) {
		DialogState state = turn.session().getActive();
		DialogDefinition dialog = definition(state);
		state.setUpdatedAt(turn.now());
		if (input instanceof Input.Choice choice) {
			return onButton(turn, dialog, state, Callbacks.parse(choice.data()));
		}
		if (state.getMode() == Mode.CONFIRM_CANCEL) {
			prompts.confirmCancel(turn, dialog, state);
			return true;
		}
		if (DialogDefinition.SUMMARY.equals(state.getStep())) {
			prompts.summary(turn, dialog, state, path(dialog, state, answers(dialog, state)), turn.texts().get("dialog.summary.use-buttons"));
			return true;
		}
		Step step = dialog.step(state.getStep());
		String raw = rawAnswer(step, input);
		if (raw == null) {
			prompts.prompt(turn, dialog, state, turn.texts().get("dialog.expects." + step.kind().name().toLowerCase()));
		}
		else if (step.repeated()) {
			rows.addRow(turn, dialog, state, step, raw);
		}
		else if (step.kind() == Step.Kind.CHOICE) {
			answerByLabel(turn, dialog, state, step, raw);
		}
		else {
			answer(turn, dialog, state, step, raw);
		}
		return true;
	}

	/** The raw answer {@code input} gives to {@code step}, or {@code null} if it is not one. */
	private static String rawAnswer(Step step, Input input) {
		if (input instanceof Input.Text text
				&& (step.kind() == Step.Kind.TEXT || step.kind() == Step.Kind.PHONE || step.kind() == Step.Kind.CHOICE)) {
			return text.text();
		}
		if (input instanceof Input.Contact contact && step.kind() == Step.Kind.PHONE) {
			return contact.phoneNumber();
		}
		if (input instanceof Input.Attachment file
				&& (step.kind() == Step.Kind.DOCUMENT || step.kind() == Step.Kind.PHOTO)) {
			return String.join("|", file.fileId(), String.valueOf(file.fileName()), String.valueOf(file.mimeType()),
					Long.toString(file.size()));
		}
		return null;
	}

	private boolean onButton(Turn turn, DialogDefinition dialog, DialogState state, String[] parts) {
		if (parts.length < 3 || !"d".equals(parts[0])) {
			return false;
		}
		if (!parts[1].equals(Integer.toString(turn.session().getPromptSeq()))) {
			turn.notice(turn.texts().plain("button.stale"));
			turn.retirePressed();
			return true;
		}
		String op = parts[2];
		String arg = parts.length > 3 ? parts[3] : "";
		boolean atSummary = DialogDefinition.SUMMARY.equals(state.getStep());
		if (state.getMode() == Mode.CONFIRM_CANCEL && !op.startsWith("x")) {
			prompts.confirmCancel(turn, dialog, state);
			return true;
		}
		switch (op) {
			case "o" -> choose(turn, dialog, state, arg);
			case "k" -> keep(turn, dialog, state);
			case "s" -> skip(turn, dialog, state);
			case "b" -> back(turn, dialog, state);
			case "x" -> requestCancel(turn);
			case "xy" -> pause(turn, state);
			case "xn" -> {
				state.setMode(Mode.ASKING);
				show(turn, null);
			}
			case "e" -> {
				if (atSummary) {
					edit(turn, dialog, state, arg);
				}
				else {
					show(turn, null);
				}
			}
			case "ok" -> {
				if (atSummary) {
					submit(turn, dialog, state);
				}
				else {
					show(turn, null);
				}
			}
			case "ra", "rr", "rc", "rd" -> {
				if (atSummary || !dialog.step(state.getStep()).repeated()) {
					show(turn, null);
				}
				else {
					Step step = dialog.step(state.getStep());
					if (rows.rowsButton(turn, dialog, state, step, op)) {
						forward(turn, dialog, state, step, Move.ANSWER);
					}
				}
			}
			default -> show(turn, null);
		}
		return true;
	}

	private void choose(Turn turn, DialogDefinition dialog, DialogState state, String index) {
		if (DialogDefinition.SUMMARY.equals(state.getStep())) {
			show(turn, null);
			return;
		}
		Step step = dialog.step(state.getStep());
		int i = parseIndex(index);
		if (step.kind() != Step.Kind.CHOICE || i < 0 || i >= step.options().size()) {
			prompts.prompt(turn, dialog, state, turn.texts().get("dialog.expects.choice"));
			return;
		}
		answer(turn, dialog, state, step, step.options().get(i));
	}

	private void answerByLabel(Turn turn, DialogDefinition dialog, DialogState state, Step step, String text) {
		String typed = text.strip();
		for (String option : step.options()) {
			if (typed.equalsIgnoreCase(StepPrompts.optionLabel(turn.texts(), dialog, step, option)) || typed.equalsIgnoreCase(option)) {
				answer(turn, dialog, state, step, option);
				return;
			}
		}
		prompts.prompt(turn, dialog, state, turn.texts().get("dialog.expects.choice"));
	}

	private void answer(Turn turn, DialogDefinition dialog, DialogState state, Step step, String raw) {
		String canonical;
		try {
			canonical = step.parse() instanceof Step.CheckedParse checked ? checked.forUser().apply(turn.from().userId(), raw)
					: step.parse().apply(raw);
		}
		catch (InvalidValue invalid) {
			prompts.prompt(turn, dialog, state, turn.texts().get(invalid.code(), invalid.args().toArray()));
			return;
		}
		state.getAnswers().put(step.id(), step.sensitive() ? sealer.seal(canonical) : canonical);
		forward(turn, dialog, state, step, Move.ANSWER);
	}

	private void keep(Turn turn, DialogDefinition dialog, DialogState state) {
		if (DialogDefinition.SUMMARY.equals(state.getStep()) || !state.getAnswers().containsKey(state.getStep())) {
			show(turn, null);
			return;
		}
		forward(turn, dialog, state, dialog.step(state.getStep()), Move.ANSWER);
	}

	private void skip(Turn turn, DialogDefinition dialog, DialogState state) {
		if (DialogDefinition.SUMMARY.equals(state.getStep()) || !dialog.step(state.getStep()).optional()) {
			show(turn, null);
			return;
		}
		Step step = dialog.step(state.getStep());
		state.getAnswers().remove(step.id());
		forward(turn, dialog, state, step, Move.SKIP);
	}

	private void forward(Turn turn, DialogDefinition dialog, DialogState state, Step step, Move move) {
		if (state.getMode() == Mode.EDITING) {
			go(turn, dialog, state, move, DialogDefinition.SUMMARY);
			return;
		}
		Next next = dialog.nextAfter(step, answers(dialog, state));
		if (next instanceof Next.Exit exit) {
			leave(turn, state, exit);
		}
		else {
			go(turn, dialog, state, move, next instanceof Next.To to ? to.step() : DialogDefinition.SUMMARY);
		}
	}

	private void back(Turn turn, DialogDefinition dialog, DialogState state) {
		String target;
		if (state.getMode() == Mode.EDITING) {
			target = DialogDefinition.SUMMARY;
		}
		else if (!state.getTrail().isEmpty()) {
			target = state.getTrail().get(state.getTrail().size() - 1);
		}
		else {
			show(turn, null);
			return;
		}
		go(turn, dialog, state, Move.BACK, target);
	}

	private void edit(Turn turn, DialogDefinition dialog, DialogState state, String index) {
		int i = parseIndex(index);
		if (i < 0 || i >= dialog.steps().size()) {
			show(turn, null);
			return;
		}
		go(turn, dialog, state, Move.EDIT, dialog.steps().get(i).id());
	}

	/** Moves the dialog if its lifecycle permits; the only place a dialog's step changes. */
	private void go(Turn turn, DialogDefinition dialog, DialogState state, Move move, String target) {
		String from = state.getStep();
		if (!lifecycle.permits(dialog, from, move, target)) {
			log.error("Dialog {} refused {} from {} to {}: definition and lifecycle disagree", dialog.name(), move, from, target);
			show(turn, turn.texts().get("dialog.move-refused"));
			return;
		}
		RowSteps.settleRows(dialog, state, from, move);
		switch (move) {
			case ANSWER, SKIP -> {
				if (state.getMode() == Mode.ASKING) {
					state.getTrail().add(from);
				}
				state.setMode(Mode.ASKING);
			}
			case BACK -> {
				if (state.getMode() == Mode.ASKING) {
					state.getTrail().remove(state.getTrail().size() - 1);
				}
				state.setMode(Mode.ASKING);
			}
			case EDIT -> state.setMode(Mode.EDITING);
		}
		if (move == Move.ANSWER || move == Move.SKIP) {
			count(dialog.name(), from, move == Move.SKIP ? "skipped" : "completed");
			count(dialog.name(), target, "entered");
		}
		state.setStep(target);
		show(turn, null);
	}

	private void submit(Turn turn, DialogDefinition dialog, DialogState state) {
		Answers answers = answers(dialog, state);
		Optional<Step> missing = firstMissing(dialog, state, answers);
		if (missing.isPresent()) {
			state.setMode(Mode.EDITING);
			state.setStep(missing.get().id());
			prompts.prompt(turn, dialog, state, turn.texts().get("dialog.summary.missing"));
			return;
		}
		List<Reply> replies;
		try {
			replies = dialog.onSubmit().submit(answers, submission(turn, dialog, state));
		}
		catch (InvalidValue invalid) {
			prompts.summary(turn, dialog, state, path(dialog, state, answers(dialog, state)), turn.texts().get(invalid.code(), invalid.args().toArray()));
			return;
		}
		turn.session().setActive(null);
		turn.session().getDrafts().remove(dialog.name());
		count(dialog.name(), DialogDefinition.SUMMARY, "submitted");
		turn.retirePrompt();
		for (Reply reply : replies) {
			if (reply.hasKeyboard()) {
				turn.prompt(reply.html(), reply.keyboard());
			}
			else {
				turn.say(reply.html());
			}
		}
	}

	private void leave(Turn turn, DialogState state, Next.Exit exit) {
		DialogDefinition dialog = definition(state);
		count(dialog.name(), state.getStep(), "exited");
		dialog.onExit().exited(exit.messageKey(), submission(turn, dialog, state));
		turn.session().setActive(null);
		if (exit.keepDraft()) {
			turn.session().getDrafts().put(state.getDialog(), state);
		}
		turn.retirePrompt();
		turn.say(turn.texts().get(exit.messageKey(), exit.args().toArray()));
	}

	private static SubmitHandler.Submission submission(Turn turn, DialogDefinition dialog, DialogState state) {
		return new SubmitHandler.Submission(
				turn.session().getId() + ":" + dialog.name() + ":" + state.getStartedAt().toEpochMilli(), turn.from(),
				turn.texts());
	}

	private void pause(Turn turn, DialogState state) {
		count(state.getDialog(), state.getStep(), "cancelled");
		state.setMode(Mode.ASKING);
		turn.session().setActive(null);
		turn.session().getDrafts().put(state.getDialog(), state);
		turn.replacePressed(turn.texts().get("dialog.cancelled", title(turn.texts(), state.getDialog())), List.of());
	}

	/** The steps on the path the answers take, in order, up to the summary. */
	private List<Step> path(DialogDefinition dialog, DialogState state, Answers answers) {
		List<Step> path = new ArrayList<>();
		Step step = dialog.steps().get(0);
		while (step != null && !path.contains(step)) {
			path.add(step);
			if (!answers.has(step.id()) && !step.optional()) {
				break;
			}
			Next next = dialog.nextAfter(step, answers);
			step = next instanceof Next.To to ? dialog.step(to.step()) : null;
		}
		return path;
	}

	private Optional<Step> firstMissing(DialogDefinition dialog, DialogState state, Answers answers) {
		return path(dialog, state, answers).stream()
			.filter(step -> !step.optional() && !answers.has(step.id()))
			.findFirst();
	}

	private Answers answers(DialogDefinition dialog, DialogState state) {
		return new Answers(dialog, state.getAnswers(), sealer::open, state.getContext());
	}













	/** The title of a dialog, escaped. */
	public String title(Texts t, String dialog) {
		return StepPrompts.title(t, dialog);
	}

	/** The progress of a paused or active dialog, for the resume offer. */
	public String progress(Texts t, DialogState state) {
		DialogDefinition dialog = definition(state);
		if (DialogDefinition.SUMMARY.equals(state.getStep())) {
			return t.get("dialog.progress.summary");
		}
		int[] at = dialog.position(state.getStep(), state.getAnswers(), state.getContext());
		return at != null ? t.get("dialog.progress", at[0], at[1])
				: t.get("dialog.progress", dialog.indexOf(state.getStep()) + 1, dialog.steps().size());
	}





	private static int parseIndex(String text) {
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
