package dev.marketassist.provider;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/**
 * A provider's certification fee: where it stands ({@link FeeLifecycle}), the payment asked for
 * and the payment that settled it. Part of the provider's document (its fields are stored flat,
 * as {@code feeStatus}, {@code feeAmount} …), changed only with the provider.
 */
public class ProviderFee {

	private FeeStatus feeStatus = FeeStatus.UNPAID;

	@Field(targetType = FieldType.DECIMAL128)
	private BigDecimal feeAmount;

	/** The reference of the current fee payment; a confirmation must name it. */
	private String feeReference;

	private String feePaymentId;

	private Instant feePaidAt;

	/** The system that confirmed the fee payment (the REST client's name); {@code null}: Telegram Payments. */
	private String feeConfirmedVia;

	void move(FeeStatus status) {
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

	public FeeStatus status() {
		return feeStatus;
	}

	/** Whether the fee is paid. */
	public boolean paid() {
		return feeStatus == FeeStatus.PAID;
	}

	public BigDecimal amount() {
		return feeAmount;
	}

	public String reference() {
		return feeReference;
	}

	public String paymentId() {
		return feePaymentId;
	}

	public Instant paidAt() {
		return feePaidAt;
	}

	public String confirmedVia() {
		return feeConfirmedVia;
	}

}
