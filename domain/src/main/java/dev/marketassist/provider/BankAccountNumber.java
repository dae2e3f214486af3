package dev.marketassist.provider;

import dev.marketassist.core.input.Inputs;
import dev.marketassist.core.InvalidValue;
import dev.marketassist.core.Masking;

/**
 * A bank account or card number for the seller's settlement account.
 * <p>
 * Spaces and hyphens are removed; what remains must be 9 to 30 digits (personal cards
 * have 16 to 19, corporate accounts commonly 12 to 25). No check digit is enforced,
 * because corporate account numbers do not carry a Luhn digit.
 * <p>
 * The number is sensitive: {@link #toString()} is masked, failures never carry it, and
 * {@link #digits()} exists only to encrypt it for storage.
 */
public final class BankAccountNumber {

	/** Fewest digits accepted. */
	public static final int MIN_DIGITS = 9;

	/** Most digits accepted. */
	public static final int MAX_DIGITS = 30;

	private static final int VISIBLE_DIGITS = 4;

	private final String digits;

	private BankAccountNumber(String digits) {
		this.digits = digits;
	}

	/**
	 * Parses and checks an account number.
	 * @param raw what the user sent
	 * @return the number
	 * @throws InvalidValue {@code invalid.required}, {@code invalid.bank.digits} or
	 * {@code invalid.bank.length} (min, max)
	 */
	public static BankAccountNumber of(String raw) {
		String digits = Inputs.withoutSeparators(Inputs.required(raw), true);
		if (!digits.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			throw new InvalidValue("invalid.bank.digits");
		}
		if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS) {
			throw new InvalidValue("invalid.bank.length", MIN_DIGITS, MAX_DIGITS);
		}
		return new BankAccountNumber(digits);
	}

	/**
	 * Tells whether {@link #of(String)} would accept the input.
	 * @param raw what the user sent
	 * @return {@code true} if it is a plausible account number
	 */
	public static boolean isValid(String raw) {
		try {
			of(raw);
			return true;
		}
		catch (InvalidValue ex) {
			return false;
		}
	}

	/** The clear digits. Use only to encrypt the number for storage; never log or show. */
	public String digits() {
		return digits;
	}

	/** The number for display, last 4 digits only: {@code **** **** 1234}. */
	public String masked() {
		return Masking.MASK + " " + Masking.tail(digits, VISIBLE_DIGITS);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof BankAccountNumber number && digits.equals(number.digits);
	}

	@Override
	public int hashCode() {
		return digits.hashCode();
	}

	@Override
	public String toString() {
		return masked();
	}

}
