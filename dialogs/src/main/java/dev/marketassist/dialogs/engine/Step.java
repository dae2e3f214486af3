package dev.marketassist.dialogs.engine;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import dev.marketassist.dialogs.Texts;

/**
 * One question of a dialog, made by the factory of its kind ({@link #text}, {@link #choice},
 * {@link #phone}, {@link #photo}, {@link #document}, {@link #rows}) and refined by the methods
 * below ({@link #parse}, {@link #skippable}, {@link #confidential} ...); where a step leads is
 * said by its dialog's definition ({@link DialogDefinition.Builder#ask}), not by the step.
 * Texts come from the bundles by convention: {@code <dialog>.<step>.prompt} (the question),
 * {@code <dialog>.<step>.label} (its name on the summary) and
 * {@code <dialog>.<step>.option.<option>} (a choice's button).
 * <p>
 * Read by the engine: {@code id} (unique in its dialog, stable: it is stored in sessions),
 * {@code kind}, {@code options} (of a choice), {@code parse} (validates raw input and returns the
 * answer's canonical form, or throws {@link dev.marketassist.core.InvalidValue} with a message
 * key), {@code display} (a canonical answer as the summary shows it; sensitive answers are masked
 * unless {@code display} is given after {@link #confidential()}), {@code optional} (offers Skip),
 * {@code sensitive} (sealed at rest, masked on the summary), {@code promptArgs} (values for the
 * prompt's placeholders), {@code rows} (rule and limit of a step answered row by row, else
 * {@code null}), {@code textKey} (the middle part of the bundle keys: the id unless
 * {@link #texts(String, Object...) given}, so that steps made at run time share one set of texts)
 * and {@code labelArgs} (values for the label's placeholders).
 */
public final class Step {

	private final String id;

	private final Kind kind;

	private final List<String> options;

	private final UnaryOperator<String> parse;

	private final UnaryOperator<String> display;

	private final boolean optional;

	private final boolean sensitive;

	private final List<Object> promptArgs;

	private final Rows rows;

	private final String textKey;

	private final List<Object> labelArgs;

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

	private Step(String id, Kind kind, List<String> options, UnaryOperator<String> parse, UnaryOperator<String> display,
			boolean optional, boolean sensitive, List<Object> promptArgs, Rows rows, String textKey, List<Object> labelArgs) {
		if (rows != null && (sensitive || kind != Kind.TEXT)) {
			throw new IllegalArgumentException("a row-by-row step takes text and is not confidential: " + id);
		}
		this.id = id;
		this.kind = kind;
		this.options = List.copyOf(options);
		this.parse = parse == null ? UnaryOperator.identity() : parse;
		this.display = display != null ? display : sensitive ? Step::mask : UnaryOperator.identity();
		this.optional = optional;
		this.sensitive = sensitive;
		this.promptArgs = promptArgs == null ? List.of() : List.copyOf(promptArgs);
		this.rows = rows;
		this.textKey = textKey == null ? id : textKey;
		this.labelArgs = labelArgs == null ? List.of() : List.copyOf(labelArgs);
	}

	private static Step of(String id, Kind kind, String... options) {
		return new Step(id, kind, List.of(options), null, null, false, false, null, null, null, null);
	}

	/** Typed text. */
	public static Step text(String id) {
		return of(id, Kind.TEXT);
	}

	/** A phone number, typed or shared as a contact. */
	public static Step phone(String id) {
		return of(id, Kind.PHONE);
	}

	/** One of {@code options}, each a button ({@code <dialog>.<step>.option.<option>}). */
	public static Step choice(String id, String... options) {
		return of(id, Kind.CHOICE, options);
	}

	/** An uploaded document. */
	public static Step document(String id) {
		return of(id, Kind.DOCUMENT);
	}

	/** An uploaded photo (or an image sent as a document). */
	public static Step photo(String id) {
		return of(id, Kind.PHOTO);
	}

	/**
	 * A step answered row by row: each typed row is checked by {@code rule} against the rows so
	 * far, the rows are shown with Add another, Remove last and Done, and Done makes them the
	 * step's answer (one row per line; read them with {@link Answers#rows(String)}). At most
	 * {@code max} rows, at least one unless the step is {@link #skippable()}.
	 */
	public static Step rows(String id, int max, RowRule rule) {
		return new Step(id, Kind.TEXT, List.of(), null, null, false, false, null, new Rows(max, rule), null, null);
	}

	public String id() {
		return id;
	}

	public Kind kind() {
		return kind;
	}

	public List<String> options() {
		return options;
	}

	public UnaryOperator<String> parse() {
		return parse;
	}

	public UnaryOperator<String> display() {
		return display;
	}

	public boolean optional() {
		return optional;
	}

	public boolean sensitive() {
		return sensitive;
	}

	public List<Object> promptArgs() {
		return promptArgs;
	}

	public Rows rows() {
		return rows;
	}

	public String textKey() {
		return textKey;
	}

	public List<Object> labelArgs() {
		return labelArgs;
	}

	@Override
	public String toString() {
		return "Step[" + id + ", " + kind + (optional ? ", optional" : "") + "]";
	}

	/** Whether the step is answered row by row. */
	public boolean repeated() {
		return rows != null;
	}

	/** Validation and normalisation of the raw input. */
	public Step parse(UnaryOperator<String> parse) {
		return new Step(id, kind, options, parse, display, optional, sensitive, promptArgs, rows, textKey, labelArgs);
	}

	/** How the answer is shown back (for example masked). */
	public Step display(UnaryOperator<String> display) {
		return new Step(id, kind, options, parse, display, optional, sensitive, promptArgs, rows, textKey, labelArgs);
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
		return new Step(id, kind, options, parse, display, true, sensitive, promptArgs, rows, textKey, labelArgs);
	}

	/** The answer is sealed at rest and never shown in clear except where {@code display} does. */
	public Step confidential() {
		return new Step(id, kind, options, parse, null, optional, true, promptArgs, rows, textKey, labelArgs);
	}

	/** Values for the placeholders of the step's prompt. */
	public Step promptArgs(Object... args) {
		return new Step(id, kind, options, parse, display, optional, sensitive, List.of(args), rows, textKey, labelArgs);
	}

	/**
	 * Texts from {@code <dialog>.<key>.prompt} and {@code .label} instead of the step's id, the
	 * label's placeholders filled with {@code labelArgs} (escaped like any user value).
	 */
	public Step texts(String key, Object... labelArgs) {
		return new Step(id, kind, options, parse, display, optional, sensitive, promptArgs, rows, key, List.of(labelArgs));
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
