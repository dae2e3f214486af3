package dev.marketassist.dialogs.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import dev.marketassist.dialogs.Button;

/**
 * The buttons of one feature, typed (like aiogram's {@code CallbackData}): a short prefix, an
 * enum of the feature's actions, and how a button's callback data is written and read — in this
 * one class, so that no feature spells a payload by hand.
 * <p>
 * Data is {@code <prefix>:<nonce>:<action code>[:<arg>…]}, at most 64 bytes (checked when a
 * button is made, with room for the longest nonce). A button is made with a placeholder nonce;
 * {@link Turn} writes the nonce of the message into every button when the message is queued, and
 * the session remembers it as live. A press is acted on only while its nonce is live: an action
 * with an {@linkplain Action#effect() effect} consumes it (a second press, or a press on an older
 * message, is "already done"), a view-only action leaves it live. Decoding never throws: forged,
 * foreign or outdated data decodes to nothing ("This button is no longer active.").
 * <p>
 * <b>How to add a button.</b>
 * <ol>
 * <li>Add a constant to the feature's action enum (it implements {@link Action}): a code unique in
 * the enum ({@code [a-z]{1,3}}), how many arguments it carries, and whether it has an effect
 * (changes anything: a dialog started, a fee deferred, an order moved on) or only shows something.</li>
 * <li>Make the button with the feature's type: {@code BUTTONS.button(label, MyAction.DO, id)}.
 * Arguments are short ids (letters, digits, {@code _ . -}, at most 40); anything else stays server-side.</li>
 * <li>Handle it in the feature's press handler ({@link ChatFeature#buttons()}), a {@code switch}
 * over the action; re-check the state there, never trust the button.</li>
 * </ol>
 * A new feature defines {@code static final ButtonType<MyAction> BUTTONS = new ButtonType<>("x", MyAction.class)}
 * with a prefix no other type uses (the router refuses duplicates) and returns
 * {@code BUTTONS.route(this::press)} from {@link ChatFeature#buttons()}.
 */
public final class ButtonType<A extends Enum<A> & ButtonType.Action> {

	/** Telegram's limit for callback data, in bytes. */
	public static final int MAX_BYTES = 64;

	/** The longest nonce (base 36 of a counter below 36^6). */
	static final int NONCE_MAX = 6;

	static final String UNSTAMPED = "~";

	private static final Pattern PREFIX = Pattern.compile("[a-z]{1,3}");

	private static final Pattern NONCE = Pattern.compile("[0-9a-z]{1," + NONCE_MAX + "}");

	private static final Pattern ARG = Pattern.compile("[A-Za-z0-9_.-]{1,40}");

	/** One action of a feature's buttons. */
	public interface Action {

		/** The code written into the data, unique within the feature. */
		String code();

		/** How many arguments a button of this action carries. */
		int arity();

		/** Whether a press changes something (consumes the message's nonce) or only shows something. */
		boolean effect();

	}

	/** What an action is: its code, how many arguments it carries, and whether it has an effect. */
	public record Spec(String code, int arity, boolean effect) {
	}

	/** An action that keeps its {@link Spec} (a feature's enum makes it in its constructor). */
	public interface Specified extends Action {

		Spec spec();

		@Override
		default String code() {
			return spec().code();
		}

		@Override
		default int arity() {
			return spec().arity();
		}

		@Override
		default boolean effect() {
			return spec().effect();
		}

	}

	/** A decoded press: the action, its arguments and the nonce of the message it was on. */
	public record Press<A>(A action, List<String> args, String nonce) {

		/** The first argument, or {@code null}. */
		public String arg() {
			return args.isEmpty() ? null : args.get(0);
		}

	}

	/** A feature's buttons with what a press does: what the router dispatches to. */
	public record Route<A extends Enum<A> & Action>(ButtonType<A> type, BiConsumer<Turn, Press<A>> handler) {

		/** The press this data encodes, ready to run, or empty for data this route cannot read. */
		public Optional<Pressed> decode(String data) {
			return type.decode(data).map(press -> new Pressed(press.nonce(), press.action().effect(),
					turn -> handler.accept(turn, press)));
		}

	}

	/** A decoded press of any type, for the router. */
	public record Pressed(String nonce, boolean effect, java.util.function.Consumer<Turn> run) {
	}

	private final String prefix;

	private final Map<String, A> byCode = new LinkedHashMap<>();

	public ButtonType(String prefix, Class<A> actions) {
		if (!PREFIX.matcher(prefix).matches()) {
			throw new IllegalArgumentException("button prefix must be 1-3 lower-case letters: " + prefix);
		}
		this.prefix = prefix;
		for (A action : actions.getEnumConstants()) {
			if (!PREFIX.matcher(action.code()).matches() || byCode.put(action.code(), action) != null) {
				throw new IllegalArgumentException("bad or repeated action code " + action.code() + " in " + actions);
			}
		}
	}

	public String prefix() {
		return prefix;
	}

	/** This type's buttons routed to {@code handler}. */
	public Route<A> route(BiConsumer<Turn, Press<A>> handler) {
		return new Route<>(this, handler);
	}

	/** A button for {@code action}; its nonce is written when the message is queued. */
	public Button button(String label, A action, String... args) {
		return Button.choice(label, encode(action, UNSTAMPED, args));
	}

	/**
	 * The data of a button: refuses a wrong number of arguments, an argument with {@code :} or
	 * blanks, and anything over 64 bytes with the longest nonce.
	 */
	public String encode(A action, String nonce, String... args) {
		if (args.length != action.arity()) {
			throw new IllegalArgumentException(prefix + ":" + action.code() + " takes " + action.arity() + " arguments");
		}
		StringBuilder data = new StringBuilder(prefix).append(':').append(nonce).append(':').append(action.code());
		for (String arg : args) {
			if (arg == null || !ARG.matcher(arg).matches()) {
				throw new IllegalArgumentException("button argument of " + prefix + ":" + action.code() + " not a short id");
			}
			data.append(':').append(arg);
		}
		int bytes = data.toString().getBytes(StandardCharsets.UTF_8).length - nonce.length() + NONCE_MAX;
		if (bytes > MAX_BYTES) {
			throw new IllegalArgumentException("callback data of " + prefix + ":" + action.code() + " over " + MAX_BYTES + " bytes");
		}
		return data.toString();
	}

	/** The press {@code data} encodes, or empty if it is not a well-formed button of this type. */
	public Optional<Press<A>> decode(String data) {
		if (data == null || data.length() > MAX_BYTES * 4) {
			return Optional.empty();
		}
		String[] parts = data.split(":", -1);
		if (parts.length < 3 || !prefix.equals(parts[0]) || !NONCE.matcher(parts[1]).matches()) {
			return Optional.empty();
		}
		A action = byCode.get(parts[2]);
		if (action == null || parts.length - 3 != action.arity()) {
			return Optional.empty();
		}
		List<String> args = new ArrayList<>(Arrays.asList(parts).subList(3, parts.length));
		if (args.stream().anyMatch(arg -> !ARG.matcher(arg).matches())) {
			return Optional.empty();
		}
		return Optional.of(new Press<>(action, List.copyOf(args), parts[1]));
	}

	/** The prefix of any button's data (what the router picks the type by). */
	public static String prefixOf(String data) {
		if (data == null) {
			return "";
		}
		int colon = data.indexOf(':');
		return colon < 0 ? data : data.substring(0, colon);
	}

	/** {@code data} with its placeholder nonce replaced by {@code nonce}; other data unchanged. */
	static String stamp(String data, String nonce) {
		if (data == null) {
			return null;
		}
		String placeholder = ":" + UNSTAMPED + ":";
		int at = data.indexOf(placeholder);
		if (at < 0 || at != data.indexOf(':')) {
			return data;
		}
		return data.substring(0, at + 1) + nonce + data.substring(at + 1 + UNSTAMPED.length());
	}

	/** A keyboard with every typed button's nonce written. */
	static List<List<Button>> stamp(List<List<Button>> keyboard, String nonce) {
		return keyboard.stream()
			.map(row -> row.stream()
				.map(button -> button.data() == null ? button
						: new Button(button.label(), stamp(button.data(), nonce), button.url()))
				.toList())
			.toList();
	}

}
