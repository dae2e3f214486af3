package dev.marketassist.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.marketassist.core.InvalidValue;
import dev.marketassist.core.input.PhoneNumber;
import dev.marketassist.core.input.TextRule;

/**
 * The buyer's requirement form (需求表单), in one of two shapes:
 * <ul>
 * <li>the fixed form of an order whose product has no template here (a product created elsewhere):
 * what is to be done, a phone number the provider can call, and when the buyer would like it
 * done;</li>
 * <li>the form of an ops product's template ({@link Order#getFormTemplate()}): one answer per
 * template field, in the template's order, and a contact phone — the answer to the template's
 * first phone-like field ({@link #isPhoneField(String)}), else asked after the template's
 * fields.</li>
 * </ul>
 *
 * @param description the requirement description (fixed form; {@code null} for a template's)
 * @param contactPhone E.164 phone number (both shapes)
 * @param preferredTime free text, optional (fixed form)
 * @param answers the template's fields and their answers, in the template's order (empty for
 * the fixed form)
 * @param submittedAt when it was sent
 */
public record Requirements(String description, String contactPhone, String preferredTime, List<Answer> answers,
		Instant submittedAt) {

	/** Field names that ask for a phone number: validated as one (libphonenumber) and used as the contact phone. */
	private static final Pattern PHONE_FIELD = Pattern.compile(".*(phone|mobile|\\btel\\b|\\bcell\\b|电话|手机).*",
			Pattern.DOTALL);

	/**
	 * One field of a template and the buyer's answer.
	 * @param field the field's name as the seller wrote it
	 * @param value the buyer's answer (E.164 for a phone-like field)
	 */
	public record Answer(String field, String value) {
	}

	public Requirements {
		answers = answers == null ? List.of() : List.copyOf(answers);
	}

	/**
	 * The fixed form: checks the buyer's answers.
	 * @throws InvalidValue with the rule's message key
	 */
	public static Requirements of(String description, String contactPhone, String preferredTime) {
		return new Requirements(TextRule.LONG_TEXT.check(description), PhoneNumber.of(contactPhone).e164(),
				preferredTime == null || preferredTime.isBlank() ? null : TextRule.LONG_TEXT.check(preferredTime), List.of(),
				null);
	}

	/**
	 * A template's form: one answer per field in the template's order (each checked by
	 * {@link #answer(String, String)}), and the contact phone when no field is phone-like.
	 * @param contactPhone the phone asked after the fields; ignored (may be {@code null}) when a
	 * field is phone-like
	 * @throws InvalidValue with the rule's message key
	 */
	public static Requirements answered(List<Answer> answers, String contactPhone) {
		if (answers == null || answers.isEmpty()) {
			throw new InvalidValue("invalid.order.form");
		}
		List<Answer> checked = new ArrayList<>();
		for (Answer answer : answers) {
			checked.add(new Answer(answer.field(), answer(answer.field(), answer.value())));
		}
		String phone = checked.stream()
			.filter(answer -> isPhoneField(answer.field()))
			.map(Answer::value)
			.findFirst()
			.orElseGet(() -> PhoneNumber.of(contactPhone).e164());
		return new Requirements(null, phone, null, checked, null);
	}

	/**
	 * The one rule for an answer to a template field: a phone-like field takes a phone number
	 * (E.164 returned), any other field non-empty text of at most {@link TextRule#FORM_ANSWER}'s
	 * length.
	 * @throws InvalidValue {@code invalid.required}, {@code invalid.text.*}, {@code invalid.phone.*}
	 */
	public static String answer(String field, String raw) {
		return isPhoneField(field) ? PhoneNumber.of(raw).e164() : TextRule.FORM_ANSWER.check(raw);
	}

	/**
	 * Whether a template field asks for a phone number ("Contact phone", "Mobile", "Tel", "联系电话",
	 * "手机号"). A bare "Contact" (联系方式) is not: it may as well be a WeChat or QQ ID.
	 */
	public static boolean isPhoneField(String field) {
		return field != null && PHONE_FIELD.matcher(field.toLowerCase(Locale.ROOT)).matches();
	}

	/** The template fields this form answers, in order (empty for the fixed form). */
	public List<String> fields() {
		return answers.stream().map(Answer::field).toList();
	}

	/** Whether the contact phone is one of the answers (else it is shown on its own). */
	public boolean phoneAmongAnswers() {
		return answers.stream().anyMatch(answer -> isPhoneField(answer.field()));
	}

	Requirements at(Instant when) {
		return new Requirements(description, contactPhone, preferredTime, answers, when);
	}

}
