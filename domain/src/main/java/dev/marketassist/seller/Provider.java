package dev.marketassist.seller;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

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

	private FeeStatus feeStatus = FeeStatus.UNPAID;

	@Field(targetType = FieldType.DECIMAL128)
	private BigDecimal feeAmount;

	/** The reference of the current fee payment; a confirmation must name it. */
	private String feeReference;

	private String feePaymentId;

	private Instant feePaidAt;

	/** The system that confirmed the fee payment (the REST client's name); {@code null}: Telegram Payments. */
	private String feeConfirmedVia;

	private String wechatPayMerchantId;

	private String tenpayMerchantId;

	private List<Invite> invites = new ArrayList<>();

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

	void addOwner(long telegramUserId, String name, Instant now) {
		if (!isOperator(telegramUserId)) {
			operators.add(new Operator(telegramUserId, Operator.Role.OWNER, now, name));
		}
	}

	/** Takes a user's access away at once (an operator; the owner stays). */
	boolean removeOperator(long telegramUserId) {
		return operators.removeIf(o -> o.telegramUserId() == telegramUserId && o.role() == Operator.Role.OPERATOR);
	}

	void moveFee(FeeStatus status) {
		this.feeStatus = status;
	}

	void startPayment(String reference, BigDecimal amount) {
		this.feeReference = reference;
		this.feeAmount = amount;
	}

	void recordPayment(String paymentId, Instant at, String via) {
		this.feePaymentId = paymentId;
		this.feePaidAt = at;
		this.feeConfirmedVia = via;
	}

	void setMerchantAccounts(WeChatPayMerchantId wechat, TenpayMerchantId tenpay) {
		this.wechatPayMerchantId = wechat == null ? null : wechat.value();
		this.tenpayMerchantId = tenpay == null ? null : tenpay.value();
	}

	void addInvite(Invite invite) {
		invites.removeIf(i -> i.usedBy() == null && i.expiresAt().isBefore(invite.expiresAt().minusSeconds(30L * 24 * 3600)));
		invites.add(invite);
	}

	void useInvite(String tokenHash, long telegramUserId, String name, Instant now) {
		invites.replaceAll(i -> i.tokenHash().equals(tokenHash) ? new Invite(i.tokenHash(), i.expiresAt(), telegramUserId) : i);
		if (!isOperator(telegramUserId)) {
			operators.add(new Operator(telegramUserId, Operator.Role.OPERATOR, now, name));
		}
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

	public boolean isOwner(long telegramUserId) {
		return operators.stream().anyMatch(o -> o.telegramUserId() == telegramUserId && o.role() == Operator.Role.OWNER);
	}

	public FeeStatus getFeeStatus() {
		return feeStatus;
	}

	public BigDecimal getFeeAmount() {
		return feeAmount;
	}

	public String getFeeReference() {
		return feeReference;
	}

	public Instant getFeePaidAt() {
		return feePaidAt;
	}

	public String getFeeConfirmedVia() {
		return feeConfirmedVia;
	}

	public String getWechatPayMerchantId() {
		return wechatPayMerchantId;
	}

	public String getTenpayMerchantId() {
		return tenpayMerchantId;
	}

	public List<Invite> getInvites() {
		return List.copyOf(invites);
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
