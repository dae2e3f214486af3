package dev.marketassist.review;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Review periods in working days (SPEC §2): ops and software services 3, image services about
 * 7, shop and account information 3.
 */
@ConfigurationProperties("market.reviews")
public record ReviewSettings(int shopDays, int opsDays, int softwareDays, int imageDays, int accountDays) {

	public ReviewSettings {
		shopDays = shopDays <= 0 ? 3 : shopDays;
		opsDays = opsDays <= 0 ? 3 : opsDays;
		softwareDays = softwareDays <= 0 ? 3 : softwareDays;
		imageDays = imageDays <= 0 ? 7 : imageDays;
		accountDays = accountDays <= 0 ? 3 : accountDays;
	}

}
