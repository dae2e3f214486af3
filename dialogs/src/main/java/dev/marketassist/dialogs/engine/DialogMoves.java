package dev.marketassist.dialogs.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.marketassist.core.InvalidValue;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.engine.DialogLifecycle.Move;
import dev.marketassist.dialogs.session.DialogState;
import dev.marketassist.dialogs.session.DialogState.Mode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a dialog moves, for {@link DialogEngine}: an answer taken (checked by its step's rule, sealed
 * if sensitive), Keep, Skip, Back, Edit from the summary, each permitted by the
 * {@link DialogLifecycle}; Submit and Cancel; and showing the dialog where it stands. Counts the
 * funnel ({@code market.dialog.steps}).
 */
final class DialogMoves {

	private static final Logger log = LoggerFactory.getLogger(DialogMoves.class);

	private final Map<String, DialogDefinition> dialogs;

	private final DialogLifecycle lifecycle = new DialogLifecycle();

	private final Sealer sealer;

	private final StepPrompts prompts;

	private final RowSteps rows;

	private final MeterRegistry meters;

	/** {@code market.dialog.steps} by dialog, step and event, looked up once each. */
	private final Map<String, Counter> steps = new ConcurrentHashMap<>();

	DialogMoves(Map<String, DialogDefinition> dialogs, Sealer sealer, StepPrompts prompts, RowSteps rows, MeterRegistry meters) {
		this.dialogs = dialogs;
		this.sealer = sealer;
		this.prompts = prompts;
		this.rows = rows;
		this.meters = meters;
	}

	void choose(Turn turn, DialogDefinition dialog, DialogState state, String index) {
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

	void answerByLabel(Turn turn, DialogDefinition dialog, DialogState state, Step step, String text) {
		String typed = text.strip();
		for (String option : step.options()) {
			if (typed.equalsIgnoreCase(StepPrompts.optionLabel(turn.texts(), dialog, step, option)) || typed.equalsIgnoreCase(option)) {
				answer(turn, dialog, state, step, option);
				return;
			}
		}
		prompts.prompt(turn, dialog, state, turn.texts().get("dialog.expects.choice"));
	}

	void answer(Turn turn, DialogDefinition dialog, DialogState state, Step step, String raw) {
		String canonical;
		try {
			canonical = step.parse() instanceof Step.CheckedParse checked ? checked.forUser().apply(turn.from().userId(), raw)
					: step.parse().apply(raw);
		}
		catch (InvalidValue invalid) {
			prompts.prompt(turn, dialog, state, turn.texts().get(invalid));
			return;
		}
		state.getAnswers().put(step.id(), step.sensitive() ? sealer.seal(canonical) : canonical);
		forward(turn, dialog, state, Move.ANSWER);
	}

	void keep(Turn turn, DialogDefinition dialog, DialogState state) {
		if (DialogDefinition.SUMMARY.equals(state.getStep()) || !state.getAnswers().containsKey(state.getStep())) {
			show(turn, null);
			return;
		}
		forward(turn, dialog, state, Move.ANSWER);
	}

	void skip(Turn turn, DialogDefinition dialog, DialogState state) {
		if (DialogDefinition.SUMMARY.equals(state.getStep()) || !dialog.step(state.getStep()).optional()) {
			show(turn, null);
			return;
		}
		Step step = dialog.step(state.getStep());
		state.getAnswers().remove(step.id());
		forward(turn, dialog, state, Move.SKIP);
	}

	/** An answer or Skip: on to where the lifecycle's machine decides (a step, the summary or an exit). */
	void forward(Turn turn, DialogDefinition dialog, DialogState state, Move move) {
		Optional<String> target = decide(turn, dialog, state, move, null);
		Next.Exit exit = target.map(dialog.exits()::get).orElse(null);
		if (exit != null) {
			leave(turn, state, exit);
		}
		else {
			target.ifPresent(to -> go(turn, dialog, state, move, to));
		}
	}

	void back(Turn turn, DialogDefinition dialog, DialogState state) {
		if (state.getMode() != Mode.EDITING && state.getTrail().isEmpty()) {
			show(turn, null);
			return;
		}
		decide(turn, dialog, state, Move.BACK, null).ifPresent(target -> go(turn, dialog, state, Move.BACK, target));
	}

	void edit(Turn turn, DialogDefinition dialog, DialogState state, String index) {
		int i = parseIndex(index);
		if (i < 0 || i >= dialog.steps().size()) {
			show(turn, null);
			return;
		}
		decide(turn, dialog, state, Move.EDIT, dialog.steps().get(i).id())
			.ifPresent(target -> go(turn, dialog, state, Move.EDIT, target));
	}

	/** Where the lifecycle's machine takes the dialog; a refusal is logged and the dialog shown as it was. */
	private Optional<String> decide(Turn turn, DialogDefinition dialog, DialogState state, Move move, String chosen) {
		List<String> trail = state.getTrail();
		var session = new DialogLifecycle.Session(answers(dialog, state), state.getMode() == Mode.EDITING,
				trail.isEmpty() ? null : trail.get(trail.size() - 1));
		Optional<String> target = lifecycle.next(dialog, state.getStep(), move, session, chosen);
		if (target.isEmpty()) {
			log.error("Dialog {} refused {} from {}: the definition does not lead anywhere from there", dialog.name(), move,
					state.getStep());
			show(turn, turn.texts().get("dialog.move-refused"));
		}
		return target;
	}

	/** Moves the dialog to where its lifecycle decided; the only place a dialog's step changes. */
	private void go(Turn turn, DialogDefinition dialog, DialogState state, Move move, String target) {
		String from = state.getStep();
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

	void submit(Turn turn, DialogDefinition dialog, DialogState state) {
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
			prompts.summary(turn, dialog, state, path(dialog, state, answers(dialog, state)), turn.texts().get(invalid));
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

	void leave(Turn turn, DialogState state, Next.Exit exit) {
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

	void pause(Turn turn, DialogState state) {
		count(state.getDialog(), state.getStep(), "cancelled");
		state.setMode(Mode.ASKING);
		turn.session().setActive(null);
		turn.session().getDrafts().put(state.getDialog(), state);
		turn.replacePressed(turn.texts().get("dialog.cancelled", StepPrompts.title(turn.texts(), state.getDialog())), List.of());
	}

	/** The steps on the path the answers take, in order, up to the summary. */
	List<Step> path(DialogDefinition dialog, DialogState state, Answers answers) {
		return dialog.path(answers);
	}

	private Optional<Step> firstMissing(DialogDefinition dialog, DialogState state, Answers answers) {
		return path(dialog, state, answers).stream()
			.filter(step -> !step.optional() && !answers.has(step.id()))
			.findFirst();
	}

	Answers answers(DialogDefinition dialog, DialogState state) {
		return new Answers(dialog, state.getAnswers(), sealer::open, state.getContext());
	}

	static int parseIndex(String text) {
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/** Counts a funnel event: entered or completed a step, submitted, cancelled, exited. */
	void count(String dialog, String step, String event) {
		steps.computeIfAbsent(dialog + '\u0000' + step + '\u0000' + event,
				(key) -> meters.counter("market.dialog.steps", "dialog", dialog, "step", step, "event", event)).increment();
	}

	/** The definition a dialog state runs: its dialog, with the steps of its context. */
	DialogDefinition definition(DialogState state) {
		return dialogs.get(state.getDialog()).resolve(state.getContext());
	}

	/** Shows the active dialog where it stands (after /start, a restart, a cancelled cancel). */
	void show(Turn turn, String error) {
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

}
