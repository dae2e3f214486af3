package dev.marketassist.order;

import java.time.Instant;

import dev.marketassist.seller.PhoneNumber;
import dev.marketassist.seller.TextRule;

/**
 * The buyer's requirement form (需求表单): what is to be done, a phone number the provider can
 * call, and when the buyer would like it done.
 *
 * @param description the requirement description
 * @param contactPhone E.164 phone number
 * @param preferredTime free text, optional
 * @param submittedAt when it was sent
 */
public record Requirements(String description, String contactPhone, String preferredTime, Instant submittedAt) {

	/**
	 * Checks the buyer's answers.
	 * @throws dev.marketassist.core.InvalidValue with the rule's message key
	 */
	public static Requirements of(String description, String contactPhone, String preferredTime) {
		return new Requirements(TextRule.LONG_TEXT.check(description), PhoneNumber.of(contactPhone).e164(),
				preferredTime == null || preferredTime.isBlank() ? null : TextRule.LONG_TEXT.check(preferredTime), null);
	}

	Requirements at(Instant when) {
		return new Requirements(description, contactPhone, preferredTime, when);
	}

}
