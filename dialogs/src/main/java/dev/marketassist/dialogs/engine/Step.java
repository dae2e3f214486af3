package dev.marketassist.dialogs.engine;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import dev.marketassist.dialogs.Texts;

/**
 * One question of a dialog. Texts come from the bundles by convention:
 * {@code <dialog>.<step>.prompt} (the question), {@code <dialog>.<step>.label} (its name on the
 * summary) and {@code <dialog>.<step>.option.<option>} (a choice's button).
 *
 * @param id the step's id, unique in its dialog, stable (it is stored in sessions)
 * @param kind what input it takes
 * @param options the choices of a {@link Kind#CHOICE} step
 * @param parse validates raw input and returns the answer's canonical form, or throws
 * {@link dev.marketassist.core.InvalidValue} with a message key
 * @param display turns a canonical answer into what the user sees on the summary (sensitive
 * answers: masked unless {@code display} is given after {@link #confidential()})
 * @param optional whether the step offers Skip
 * @param sensitive whether the answer is sealed at rest and masked on the summary
 * @param next where to go after this step; {@code null} means the next step in the list
 * @param promptArgs values for the prompt's placeholders (links from configuration, say)
 * @param rows for a step answered row by row ({@link #rows(String, int, RowRule)}): its rule and
 * limit; {@code null} for a step answered at once
 * @param textKey the middle part of the step's bundle keys ({@code <dialog>.<textKey>.prompt});
 * its id unless {@link #texts(String, Object...) given}, so that steps made at run time (one per
 * field of a seller's template) share one set of texts
 * @param labelArgs values for the label's placeholders (the field's name, say)
 */
public record Step(String id, Kind kind, List<String> options, UnaryOperator<String> parse,
		UnaryOperator<String> display, boolean optional, boolean sensitive, Function<Answers, Next> next,
		List<Object> promptArgs, Rows rows, String textKey, List<Object> labelArgs) {

	/**
	 * Checks one more row of a {@link #rows(String, int, RowRule) row-by-row} step.
	 */
	@FunctionalInterface
	public interface RowRule {

		/**
		 * @param rows the rows so far, canonical
		 * @param raw the new row as typed
		 * @return the new row's canonical form (one line)
		 * @throws dev.marketassist.core.InvalidValue with a message key if the row is refused
		 */
		String add(List<String> rows, String raw);

	}

	/**
	 * How a step answered row by row takes its rows.
	 * @param max the most rows (the step then offers no further row)
	 * @param rule checks and normalises each row against the rows so far
	 */
	public record Rows(int max, RowRule rule) {

		public Rows {
			if (max < 1 || rule == null) {
				throw new IllegalArgumentException("a row-by-row step needs a rule and room for a row");
			}
		}

	}

	/** What a step takes as input. */
	public enum Kind {

		/** Typed text. */
		TEXT,
		/** One of the step's buttons (typing the button's text works too). */
		CHOICE,
		/** A phone number: typed, or shared as a contact. */
		PHONE,
		/** An uploaded document. */
		DOCUMENT,
		/** An uploaded photo (or an image sent as a document). */
		PHOTO

	}

	/** A step answered at once. */
	public Step(String id, Kind kind, List<String> options, UnaryOperator<String> parse, UnaryOperator<String> display,
			boolean optional, boolean sensitive, Function<Answers, Next> next, List<Object> promptArgs) {
		this(id, kind, options, parse, display, optional, sensitive, next, promptArgs, null);
	}

	/** A step with its texts under its id. */
	public Step(String id, Kind kind, List<String> options, UnaryOperator<String> parse, UnaryOperator<String> display,
			boolean optional, boolean sensitive, Function<Answers, Next> next, List<Object> promptArgs, Rows rows) {
		this(id, kind, options, parse, display, optional, sensitive, next, promptArgs, rows, null, null);
	}

	public Step {
		if (rows != null && (sensitive || kind != Kind.TEXT)) {
			throw new IllegalArgumentException("a row-by-row step takes text and is not confidential: " + id);
		}
		options = List.copyOf(options);
		promptArgs = promptArgs == null ? List.of() : List.copyOf(promptArgs);
		textKey = textKey == null ? id : textKey;
		labelArgs = labelArgs == null ? List.of() : List.copyOf(labelArgs);
		parse = parse == null ? UnaryOperator.identity() : parse;
		if (display == null) {
			display = sensitive ? Step::mask : UnaryOperator.identity();
		}
	}

	public static Step text(String id) {
		return new Step(id, Kind.TEXT, List.of(), null, null, false, false, null, null);
	}

	public static Step phone(String id) {
		return new Step(id, Kind.PHONE, List.of(), null, null, false, false, null, null);
	}

	public static Step choice(String id, String... options) {
		return new Step(id, Kind.CHOICE, List.of(options), null, null, false, false, null, null);
	}

	public static Step document(String id) {
		return new Step(id, Kind.DOCUMENT, List.of(), null, null, false, false, null, null);
	}

	/**
	 * A step answered row by row: each typed row is checked by {@code rule} against the rows so
	 * far, the rows are shown with Add another, Remove last and Done, and Done makes them the
	 * step's answer (one row per line; read them with {@link Answers#rows(String)}). At most
	 * {@code max} rows, at least one unless the step is {@link #skippable()}.
	 */
	public static Step rows(String id, int max, RowRule rule) {
		return new Step(id, Kind.TEXT, List.of(), null, null, false, false, null, null, new Rows(max, rule));
	}

	/** Whether the step is answered row by row. */
	public boolean repeated() {
		return rows != null;
	}

	/** Validation and normalisation of the raw input. */
	public Step parse(UnaryOperator<String> parse) {
		return new Step(id, kind, options, parse, display, optional, sensitive, next, promptArgs, rows, textKey, labelArgs);
	}

	/** How the answer is shown back (for example masked). */
	public Step display(UnaryOperator<String> display) {
		return new Step(id, kind, options, parse, display, optional, sensitive, next, promptArgs, rows, textKey, labelArgs);
	}

	/**
	 * How the answer is shown back in the reader's language (a stored code or unit through the
	 * bundles): the prompts call {@code display} with the reader's texts.
	 */
	public Step displayIn(BiFunction<Texts, String, String> display) {
		return display(new Localised(display));
	}

	/**
	 * A display that needs the reader's language; read without one ({@link #apply}) it is the
	 * stored answer as it is.
	 */
	public record Localised(BiFunction<Texts, String, String> display) implements UnaryOperator<String> {

		@Override
		public String apply(String stored) {
			return stored;
		}

	}

	/** The answer as the reader sees it, in the reader's language where the display needs one. */
	public String shown(Texts t, String clear) {
		return display instanceof Localised localised ? localised.display().apply(t, clear) : display.apply(clear);
	}

	/** The default display of a sensitive answer: everything but the last four characters hidden. */
	static String mask(String clear) {
		int visible = Math.min(4, clear.length() / 3);
		return "*".repeat(Math.max(4, clear.length() - visible)) + clear.substring(clear.length() - visible);
	}

	/** The user may skip this step. */
	public Step skippable() {
		return new Step(id, kind, options, parse, display, true, sensitive, next, promptArgs, rows, textKey, labelArgs);
	}

	/** The answer is sealed at rest and never shown in clear except where {@code display} does. */
	public Step confidential() {
		return new Step(id, kind, options, parse, null, optional, true, next, promptArgs, rows, textKey, labelArgs);
	}

	/** Values for the placeholders of the step's prompt. */
	public Step promptArgs(Object... args) {
		return new Step(id, kind, options, parse, display, optional, sensitive, next, List.of(args), rows, textKey, labelArgs);
	}

	/**
	 * Texts from {@code <dialog>.<key>.prompt} and {@code .label} instead of the step's id, the
	 * label's placeholders filled with {@code labelArgs} (escaped like any user value).
	 */
	public Step texts(String key, Object... labelArgs) {
		return new Step(id, kind, options, parse, display, optional, sensitive, next, promptArgs, rows, key, List.of(labelArgs));
	}

	/** A conditional next step. */
	public Step next(Function<Answers, Next> next) {
		return new Step(id, kind, options, parse, display, optional, sensitive, next, promptArgs, rows, textKey, labelArgs);
	}

	/**
	 * A parse that also knows who answers, for a check against the domain (a code another
	 * provider registered): the engine calls {@link #forUser}; elsewhere only {@link #format}
	 * applies.
	 */
	public record CheckedParse(UnaryOperator<String> format, BiFunction<Long, String, String> forUser)
			implements UnaryOperator<String> {

		@Override
		public String apply(String raw) {
			return format.apply(raw);
		}

	}

}
