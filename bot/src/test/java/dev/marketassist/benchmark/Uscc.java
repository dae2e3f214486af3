package dev.marketassist.benchmark;

import dev.marketassist.provider.UnifiedSocialCreditCode;

/** Distinct valid Unified Social Credit Codes: 17 chosen characters and the GB 32100 check character. */
public final class Uscc {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private Uscc() {
	}

	public static String number(int n) {
		StringBuilder code = new StringBuilder("91350100");
		int rest = n;
		char[] tail = new char[9];
		for (int i = 8; i >= 0; i--) {
			tail[i] = ALPHABET.charAt(rest % 31);
			rest /= 31;
		}
		code.append(tail);
		for (char check : ALPHABET.toCharArray()) {
			String candidate = code.toString() + check;
			if (UnifiedSocialCreditCode.isValid(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("No check character for " + code);
	}

}
