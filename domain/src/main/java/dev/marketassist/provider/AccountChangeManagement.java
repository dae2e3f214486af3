package dev.marketassist.provider;

import dev.marketassist.shop.ServiceContact;
import dev.marketassist.shop.Shop;
import dev.marketassist.shop.ShopManagement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.marketassist.core.InvalidValue;
import dev.marketassist.core.Refused;
import dev.marketassist.core.crypto.FieldCipher;
import dev.marketassist.review.ReviewDecided;
import dev.marketassist.review.ReviewManagement;
import dev.marketassist.review.ReviewStatus;
import dev.marketassist.review.ReviewSubject;
import dev.marketassist.review.ReviewTicket;
import dev.marketassist.review.ReviewTickets;
import dev.marketassist.provider.BankAccountNumber;
import dev.marketassist.provider.OnboardingManagement;
import dev.marketassist.provider.Provider;
import dev.marketassist.provider.ProviderManagement;
import dev.marketassist.provider.Providers;
import org.springframework.stereotype.Service;

/**
 * Changes of a provider's account information (SPEC §2): company name and code, contacts, the
 * customer-service contact and the settlement bank account; the owner's only. A change is a review ticket whose snapshot holds the old and new
 * values side by side ({@code old_<field>}, {@code new_<field>}); the old values stay in force
 * until the change is approved. One change at a time per provider.
 */
@Service
public class AccountChangeManagement {

	/** The fields an account change may carry (already validated, canonical values). */
	public static final List<String> FIELDS = List.of("companyName", "uscc", "contactName", "contactPhone", "contactEmail",
			"serviceContact", "accountHolder", "bankName", "bankBranch", "bankAccount");

	/** The new bank account number, sealed; hidden from the review desk, which shows it masked. */
	private static final String NEW_ACCOUNT_SEALED = "_new_bankAccountSealed";

	private static final String SUBMISSION = "_submission";

	private final OnboardingManagement onboarding;

	private final ProviderManagement providers;

	private final ShopManagement shops;

	private final ReviewManagement reviews;

	private final ReviewTickets tickets;

	private final Providers providerRepository;

	private final FieldCipher cipher;

	public AccountChangeManagement(OnboardingManagement onboarding, ProviderManagement providers, ShopManagement shops,
			ReviewManagement reviews, ReviewTickets tickets, Providers providerRepository, FieldCipher cipher) {
		this.providerRepository = providerRepository;
		this.cipher = cipher;
		this.onboarding = onboarding;
		this.providers = providers;
		this.shops = shops;
		this.reviews = reviews;
		this.tickets = tickets;
	}

	/** The account information in force now, by field (absent: not set); the bank account in clear, never to be shown. */
	public Map<String, String> current(Provider provider) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("companyName", provider.getCompanyName());
		values.put("contactName", provider.getContactName());
		values.put("contactPhone", provider.getContactPhone());
		values.put("contactEmail", provider.getContactEmail());
		values.put("uscc", provider.getUscc());
		values.put("accountHolder", provider.getAccountHolder());
		values.put("bankName", provider.getBankName());
		values.put("bankBranch", provider.getBankBranch());
		if (provider.getBankAccountSealed() != null) {
			values.put("bankAccount", cipher.decrypt(provider.getBankAccountSealed()));
		}
		shops.shopOf(provider.getId()).map(Shop::getServiceContact).ifPresent(c -> values.put("serviceContact", c.encoded()));
		values.values().removeIf(Objects::isNull);
		return values;
	}

	/** The provider's change waiting for review, if any. */
	public Optional<ReviewTicket> pending(String providerId) {
		return List.of(ReviewStatus.WAITING, ReviewStatus.OPEN, ReviewStatus.CLAIMED)
			.stream()
			.flatMap(status -> tickets.findByProviderIdAndStatus(providerId, status).stream())
			.filter(ticket -> ticket.getSubject() == ReviewSubject.ACCOUNT_CHANGE)
			.findFirst();
	}

	/**
	 * Submits a change for review. Idempotent for one {@code submissionId}.
	 * @param changes new values by field (see {@link #FIELDS})
	 * @throws Refused {@code refused.account.owner-only} unless the user owns the provider,
	 * {@code refused.account.pending} while another change is in review
	 * @throws InvalidValue {@code invalid.account.unchanged} if nothing differs from the values in force
	 */
	public ReviewTicket submit(long telegramUserId, Map<String, String> changes, String submissionId) {
		Provider provider = onboarding.providerOf(telegramUserId);
		if (!provider.isOwner(telegramUserId)) {
			throw new Refused("refused.account.owner-only");
		}
		Optional<ReviewTicket> pending = pending(provider.getId());
		if (pending.isPresent()) {
			if (submissionId.equals(pending.get().getSnapshot().get(SUBMISSION))) {
				return pending.get();
			}
			throw new Refused("refused.account.pending", pending.get().getId());
		}
		Map<String, String> current = current(provider);
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("company", provider.getCompanyName());
		for (String field : FIELDS) {
			String next = changes.get(field);
			if (next != null && !next.equals(current.get(field))) {
				snapshot.put("old_" + field, current.getOrDefault(field, ""));
				snapshot.put("new_" + field, next);
			}
		}
		if (snapshot.size() == 1) {
			throw new InvalidValue("invalid.account.unchanged");
		}
		String uscc = snapshot.get("new_uscc");
		if (uscc != null
				&& providerRepository.findByUscc(uscc).filter(other -> !other.getId().equals(provider.getId())).isPresent()) {
			throw new InvalidValue("invalid.uscc.taken");
		}
		String account = snapshot.remove("new_bankAccount");
		if (account != null) {
			snapshot.put("old_bankAccount", Objects.toString(provider.getBankAccountMasked(), ""));
			snapshot.put("new_bankAccount", BankAccountNumber.of(account).masked());
			snapshot.put(NEW_ACCOUNT_SEALED, cipher.encrypt(account));
		}
		snapshot.put(SUBMISSION, submissionId);
		return reviews.open(ReviewSubject.ACCOUNT_CHANGE, provider.getId(), provider.getId(), snapshot,
				reviews.settings().accountDays(), provider.fee().paid());
	}

	/** An approved change comes into force; a rejected one changes nothing. Idempotent. */
	void reviewed(ReviewDecided decided) {
		if (!decided.approved()) {
			return;
		}
		Map<String, String> values = new LinkedHashMap<>();
		decided.snapshot().forEach((key, value) -> {
			if (key.startsWith("new_") && !key.equals("new_bankAccount")) {
				values.put(key.substring(4), value);
			}
		});
		String account = decided.snapshot().get(NEW_ACCOUNT_SEALED);
		if (account != null) {
			values.put("bankAccountSealed", account);
			values.put("bankAccountMasked", decided.snapshot().get("new_bankAccount"));
		}
		providers.applyAccountChange(decided.providerId(), values, decided.decidedAt());
		String contact = values.get("serviceContact");
		if (contact != null) {
			shops.changeServiceContact(decided.providerId(), ServiceContact.decode(contact), decided.decidedAt());
		}
	}

}
