package dev.marketassist.provider;

import dev.marketassist.core.input.Inputs;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.marketassist.core.InvalidValue;

/** An e-mail address for contact (at most 254 characters, one {@code @}, a dotted domain). */
public record EmailAddress(String value) {

	private static final Pattern FORMAT = Pattern.compile("^[^@\\s<>\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$");

	/** Normalises (trims, lower-cases the domain) and checks; code {@code invalid.email}. */
	public static EmailAddress of(String raw) {
		if (raw == null || raw.isBlank()) {
			throw new InvalidValue(Inputs.REQUIRED);
		}
		String text = raw.strip();
		if (text.length() > 254 || !FORMAT.matcher(text).matches()) {
			throw new InvalidValue("invalid.email");
		}
		int at = text.lastIndexOf('@');
		return new EmailAddress(text.substring(0, at) + "@" + text.substring(at + 1).toLowerCase(Locale.ROOT));
	}

	@Override
	public String toString() {
		return value;
	}

}
