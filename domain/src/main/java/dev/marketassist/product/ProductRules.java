package dev.marketassist.product;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.marketassist.core.InvalidValue;
import dev.marketassist.core.input.TextRule;

/** Single-field rules of a product (SPEC §6), for the dialog steps and the pre-check. */
public final class ProductRules {

	static final int NAME_MAX = 30;

	/** The most fields a requirement-form template can have. */
	public static final int MAX_FORM_FIELDS = 10;

	/** The longest name of a requirement-form field. */
	static final int FORM_FIELD_MAX = 30;

	/** Words that lure buyers (review standard: "free" and the like). */
	static final List<String> LURE_WORDS = List.of("free", "免费", "cheapest", "最便宜", "全网最低", "lowest price", "第一",
			"no.1", "100% guaranteed");

	private static final Pattern LINK = Pattern.compile("(?i)(https?://|www\\.|\\b[a-z0-9-]+\\.(com|cn|net|io)\\b)");

	private static final Pattern BANK_ACCOUNT = Pattern.compile("(?<!\\d)\\d{16,19}(?!\\d)");

	private ProductRules() {
	}

	/** A product name: at most 30 characters, one line, no lure words. */
	public static String name(String raw) {
		String stripped = raw == null ? "" : raw.strip();
		int length = stripped.codePointCount(0, stripped.length());
		if (length > NAME_MAX) {
			throw new InvalidValue("invalid.product.name.too-long", NAME_MAX, length);
		}
		String name = TextRule.SHORT_TEXT.check(stripped);
		lureWord(name).ifPresent(word -> {
			throw new InvalidValue("invalid.product.lure", word);
		});
		return name;
	}

	/** A number of days from 1 to 3650. */
	public static String days(String raw) {
		String value = raw.strip();
		if (!value.matches("\\d{1,4}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > 3650) {
			throw new InvalidValue("invalid.product.days");
		}
		return Integer.toString(Integer.parseInt(value));
	}

	/** 1 to {@code max} short items, one per line or separated by commas. */
	public static List<String> items(String raw, int max, String code) {
		List<String> items = Arrays.stream(raw.split("[,，;；\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		if (items.isEmpty() || items.size() > max || items.stream().anyMatch(s -> s.codePointCount(0, s.length()) > 30)) {
			throw new InvalidValue(code, max);
		}
		return items;
	}

	/**
	 * One more field of a requirement-form template that has {@code fields} already: one line of
	 * 1 to 30 characters, not repeating a field (case-insensitive), at most
	 * {@link #MAX_FORM_FIELDS} in all.
	 * @throws InvalidValue {@code invalid.product.form.*}
	 */
	public static String formField(List<String> fields, String raw) {
		if (fields.size() >= MAX_FORM_FIELDS) {
			throw new InvalidValue("invalid.product.form.too-many", MAX_FORM_FIELDS);
		}
		String field = raw == null ? "" : raw.strip();
		int length = field.codePointCount(0, field.length());
		if (field.isEmpty() || length > FORM_FIELD_MAX || field.contains("\n")) {
			throw new InvalidValue("invalid.product.form.field", FORM_FIELD_MAX, length);
		}
		fields.stream().filter(field::equalsIgnoreCase).findFirst().ifPresent(existing -> {
			throw new InvalidValue("invalid.product.form.duplicate", existing);
		});
		return field;
	}

	/**
	 * A whole requirement-form template, checked field by field as {@link #formField} does.
	 * @throws InvalidValue {@code invalid.product.form.*}
	 */
	public static List<String> formFields(List<String> raw) {
		List<String> fields = new java.util.ArrayList<>();
		for (String field : raw) {
			fields.add(formField(fields, field));
		}
		if (fields.isEmpty()) {
			throw new InvalidValue("invalid.product.form", MAX_FORM_FIELDS);
		}
		return List.copyOf(fields);
	}

	static Optional<String> lureWord(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		return LURE_WORDS.stream()
			.filter(word -> word.chars().allMatch(c -> c < 128 && Character.isLetter(c))
					? Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(lower).find() : lower.contains(word))
			.findFirst();
	}

	static boolean hasLink(String text) {
		return LINK.matcher(text).find();
	}

	static boolean hasBankAccount(String text) {
		return BANK_ACCOUNT.matcher(text.replace(" ", "")).find();
	}

}
