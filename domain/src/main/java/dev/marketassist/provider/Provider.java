package dev.marketassist.provider;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * A service provider (服务商) account of the marketplace: the company, its contact and bank
 * details, the accepted agreement, its certification {@link ProviderFee fee} and the
 * {@link ProviderTeam team} of Telegram users who operate it. One document, changed with
 * version-checked writes.
 */
@Document("providers")
// who operates which provider: asked on every chat about one (onboarding's gate, /status, orders); multikey on MongoDB
// (the embedded server's ordered indexes do not keep array values: it reads the providers there)
@CompoundIndex(name = "operators_user", def = "{'operators.telegramUserId': 1}")
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

	/** The certification fee (stored flat: {@code feeStatus}, {@code feeAmount} …). */
	@Unwrapped.Empty
	private ProviderFee fee = new ProviderFee();

	/** The owner and operators with their invitations (stored as {@code operators}, {@code invites}). */
	@Unwrapped.Empty
	private ProviderTeam team = new ProviderTeam();

	private String wechatPayMerchantId;

	private String tenpayMerchantId;

	/** When the last approved account-information change was decided (older decisions are not applied). */
	private Instant accountChangedAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

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

	/** Reads the contact phone (E.164) from its stored form: sealed by {@link ProviderSealing}, or clear. */
	void openContactPhone(java.util.function.UnaryOperator<String> open) {
		contactPhone = open.apply(contactPhone);
	}

	void acceptAgreement(String version, Instant at) {
		this.agreementVersion = version;
		this.agreementAcceptedAt = at;
	}

	void confirmRealNameVerified() {
		this.realNameVerified = true;
	}

	void setMerchantAccounts(WeChatPayMerchantId wechat, TenpayMerchantId tenpay) {
		this.wechatPayMerchantId = wechat == null ? null : wechat.value();
		this.tenpayMerchantId = tenpay == null ? null : tenpay.value();
	}

	/**
	 * Applies an approved, validated account-information change (by field; the bank account as
	 * {@code bankAccountSealed} and {@code bankAccountMasked}); an older decision changes nothing.
	 */
	boolean changeAccountInfo(java.util.Map<String, String> values, Instant decidedAt) {
		if (accountChangedAt != null && !decidedAt.isAfter(accountChangedAt)) {
			return false;
		}
		companyName = values.getOrDefault("companyName", companyName);
		contactName = values.getOrDefault("contactName", contactName);
		contactPhone = values.getOrDefault("contactPhone", contactPhone);
		contactEmail = values.getOrDefault("contactEmail", contactEmail);
		uscc = values.getOrDefault("uscc", uscc);
		accountHolder = values.getOrDefault("accountHolder", accountHolder);
		bankName = values.getOrDefault("bankName", bankName);
		bankBranch = values.getOrDefault("bankBranch", bankBranch);
		bankAccountSealed = values.getOrDefault("bankAccountSealed", bankAccountSealed);
		bankAccountMasked = values.getOrDefault("bankAccountMasked", bankAccountMasked);
		accountChangedAt = decidedAt;
		updatedAt = decidedAt;
		return true;
	}

	/** Whether buyers can pay for this provider's products: a merchant account is needed. */
	public boolean isPurchasable() {
		return wechatPayMerchantId != null || tenpayMerchantId != null;
	}

	/** The certification fee. */
	public ProviderFee fee() {
		return fee;
	}

	/** Who operates this provider. */
	public ProviderTeam team() {
		return team;
	}

	public boolean isOwner(long telegramUserId) {
		return team.isOwner(telegramUserId);
	}

	public boolean isOperator(long telegramUserId) {
		return team.isOperator(telegramUserId);
	}

	public String getWechatPayMerchantId() {
		return wechatPayMerchantId;
	}

	public String getTenpayMerchantId() {
		return tenpayMerchantId;
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

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Long getVersion() {
		return version;
	}

}
