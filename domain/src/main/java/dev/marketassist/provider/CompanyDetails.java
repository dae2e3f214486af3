package dev.marketassist.provider;

import dev.marketassist.core.input.PhoneNumber;

/**
 * What a seller states about the company when onboarding (SPEC §1 step 3), already validated.
 *
 * @param contactEmail may be {@code null}
 * @param bankAccount the account number; kept encrypted at rest and shown masked
 */
public record CompanyDetails(String companyName, UnifiedSocialCreditCode uscc, String contactName, PhoneNumber contactPhone,
		EmailAddress contactEmail, String accountHolder, String bankName, String bankBranch, BankAccountNumber bankAccount) {
}
