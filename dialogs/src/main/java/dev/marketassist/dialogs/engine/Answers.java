package dev.marketassist.dialogs.engine;

import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Read access to a dialog's answers in their canonical (clear) form. */
public final class Answers {

	private final Map<String, String> stored;

	private final UnaryOperator<String> open;

	private final DialogDefinition dialog;

	private final Map<String, String> context;

	Answers(DialogDefinition dialog, Map<String, String> stored, UnaryOperator<String> open) {
		this(dialog, stored, open, Map.of());
	}

	Answers(DialogDefinition dialog, Map<String, String> stored, UnaryOperator<String> open, Map<String, String> context) {
		this.dialog = dialog;
		this.stored = stored;
		this.open = open;
		this.context = context;
	}

	/** What the dialog was started about ({@link DialogEngine#start(Turn, String, Map)}), if given. */
	public Optional<String> context(String key) {
		return Optional.ofNullable(context.get(key));
	}

	public boolean has(String step) {
		return stored.containsKey(step);
	}

	/** The answer to {@code step}; empty if it was skipped or not given yet. */
	public Optional<String> find(String step) {
		String value = stored.get(step);
		if (value == null) {
			return Optional.empty();
		}
		return Optional.of(dialog.step(step).sensitive() ? open.apply(value) : value);
	}

	/** The answer to a required step. */
	public String get(String step) {
		return find(step).orElseThrow(() -> new IllegalStateException("no answer for " + dialog.name() + "." + step));
	}

	/** The rows of a step answered row by row, in order; empty if it was skipped or not given yet. */
	public java.util.List<String> rows(String step) {
		return find(step).map(Answers::splitRows).orElse(java.util.List.of());
	}

	static java.util.List<String> splitRows(String answer) {
		return answer.isEmpty() ? java.util.List.of() : java.util.List.of(answer.split("\n"));
	}

	public boolean is(String step, String value) {
		return find(step).map(value::equals).orElse(false);
	}

}
