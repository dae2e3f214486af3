package dev.marketassist.provider;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The marketplace's onboarding rules and links, in one place.
 *
 * @param agreementVersion the version of the 《云市场服务商接入协议》 a seller accepts
 * @param agreementUrl where the agreement can be read
 * @param verificationGuideUrl how to complete enterprise real-name verification (企业实名认证)
 * @param verificationFaqUrl the verification FAQ
 * @param verificationReminderAfter when a seller who stopped for real-name verification is reminded
 */
@ConfigurationProperties("market.onboarding")
public record OnboardingSettings(String agreementVersion, String agreementUrl, String verificationGuideUrl,
		String verificationFaqUrl, java.time.Duration verificationReminderAfter) {

	public OnboardingSettings {
		agreementVersion = agreementVersion == null ? "2026-01" : agreementVersion;
		agreementUrl = agreementUrl == null ? "https://cloud.tencent.com/document/product/306/18576" : agreementUrl;
		verificationGuideUrl = verificationGuideUrl == null ? "https://cloud.tencent.com/document/product/378/10495"
				: verificationGuideUrl;
		verificationReminderAfter = verificationReminderAfter == null ? java.time.Duration.ofDays(2)
				: verificationReminderAfter;
		verificationFaqUrl = verificationFaqUrl == null ? "https://cloud.tencent.com/document/product/378/3629"
				: verificationFaqUrl;
	}

}
