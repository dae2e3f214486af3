package dev.marketassist.provider;

import static dev.marketassist.provider.InvalidValueAssertions.refused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MerchantIdTests {

	@Test
	void acceptsTenDigitWeChatPayMerchantIds() {
		assertThat(WeChatPayMerchantId.of("1230000109").value()).isEqualTo("1230000109");
		assertThat(WeChatPayMerchantId.of(" 1230 000 109 ")).hasToString("1230000109");
		assertThat(WeChatPayMerchantId.isValid("1628711090")).isTrue();
	}

	@Test
	void acceptsTenDigitTenpayMerchantIds() {
		assertThat(TenpayMerchantId.of("1900000109").value()).isEqualTo("1900000109");
		assertThat(TenpayMerchantId.of("1900 0001 09")).isEqualTo(TenpayMerchantId.of("1900000109"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "123000010", "12300001091", "2230000109", "0230000109", "123000010X", "1230-000109",
			"１２３００００１０９x", "mch_1230000109" })
	void refusesMalformedWeChatPayMerchantIds(String raw) {
		refused(() -> WeChatPayMerchantId.of(raw), "invalid.merchant.wechat");
	}

	@ParameterizedTest
	@ValueSource(strings = { "190000010", "19000001099", "9900000109", "abcdefghij" })
	void refusesMalformedTenpayMerchantIds(String raw) {
		refused(() -> TenpayMerchantId.of(raw), "invalid.merchant.tenpay");
	}

	@Test
	void refusesMissingOrBlankInput() {
		refused(() -> WeChatPayMerchantId.of(null), "invalid.required");
		refused(() -> TenpayMerchantId.of("  "), "invalid.required");
	}

	@Test
	void foldsFullWidthDigits() {
		assertThat(WeChatPayMerchantId.of("１２３００００１０９").value()).isEqualTo("1230000109");
	}

	@Test
	void keepsBothKindsApart() {
		assertThat(WeChatPayMerchantId.of("1230000109")).isNotEqualTo(TenpayMerchantId.of("1230000109"));
	}

}
