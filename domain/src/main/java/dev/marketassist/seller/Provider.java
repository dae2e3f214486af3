package dev.marketassist.seller;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A service provider (服务商) account of the marketplace: the company, its contact and bank
 * details, the accepted agreement, and the Telegram users who operate it. One document, changed
 * with version-checked writes.
 */
@Document("providers")
public class Provider {

	/** The marketplace account ID (账号 ID). */
	@Id
	private String id;

	@Indexed(unique = true)
	private String uscc;

	/** The dialog run that created it, so a retried submit does not create a second provider. */
	@Indexed(unique = true, sparse = true)
	private String submissionId;

	private String companyName;

	private String contactName;

	private String contactPhone;

	private String contactEmail;

	private String accountHolder;

	private String bankName;

	private String bankBranch;

	/** The bank account number, encrypted ({@link dev.marketassist.core.crypto.FieldCipher}). */
	private String bankAccountSealed;

	private String bankAccountMasked;

	private String agreementVersion;

	private Instant agreementAcceptedAt;

	private boolean realNameVerified;

	private List<Operator> operators = new ArrayList<>();

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	/** A Telegram user who may act for the provider. */
	public record Operator(long telegramUserId, Role role, Instant since) {

		public enum Role {

			OWNER, OPERATOR

		}

	}

	protected Provider() {
	}

	Provider(String id, String submissionId, Instant now) {
		this.id = id;
		this.submissionId = submissionId;
		this.createdAt = now;
	}

	void describe(CompanyDetails details, String bankAccountSealed, Instant now) {
		this.companyName = details.companyName();
		this.uscc = details.uscc().value();
		this.contactName = details.contactName();
		this.contactPhone = details.contactPhone().e164();
		this.contactEmail = details.contactEmail() == null ? null : details.contactEmail().value();
		this.accountHolder = details.accountHolder();
		this.bankName = details.bankName();
		this.bankBranch = details.bankBranch();
		this.bankAccountSealed = bankAccountSealed;
		this.bankAccountMasked = details.bankAccount().masked();
		this.updatedAt = now;
	}

	void acceptAgreement(String version, Instant at) {
		this.agreementVersion = version;
		this.agreementAcceptedAt = at;
	}

	void confirmRealNameVerified() {
		this.realNameVerified = true;
	}

	void addOwner(long telegramUserId, Instant now) {
		if (!isOperator(telegramUserId)) {
			operators.add(new Operator(telegramUserId, Operator.Role.OWNER, now));
		}
	}

	public boolean isOperator(long telegramUserId) {
		return operators.stream().anyMatch(o -> o.telegramUserId() == telegramUserId);
	}

	public String getId() {
		return id;
	}

	public String getUscc() {
		return uscc;
	}

	public String getCompanyName() {
		return companyName;
	}

	public String getContactName() {
		return contactName;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public String getAccountHolder() {
		return accountHolder;
	}

	public String getBankName() {
		return bankName;
	}

	public String getBankBranch() {
		return bankBranch;
	}

	public String getBankAccountSealed() {
		return bankAccountSealed;
	}

	public String getBankAccountMasked() {
		return bankAccountMasked;
	}

	public String getAgreementVersion() {
		return agreementVersion;
	}

	public Instant getAgreementAcceptedAt() {
		return agreementAcceptedAt;
	}

	public boolean isRealNameVerified() {
		return realNameVerified;
	}

	public List<Operator> getOperators() {
		return List.copyOf(operators);
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Long getVersion() {
		return version;
	}

}
