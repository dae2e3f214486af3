package dev.marketassist.review;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

import static dev.marketassist.core.SettingChecks.positive;

/**
 * The review desk ({@code market.reviews.*}). Review periods in working days (SPEC §2): ops and
 * software services 3, image services about 7, shop and account information 3; zero or unset
 * takes the default.
 *
 * @param shopDays shop information
 * @param opsDays ops services
 * @param softwareDays software services
 * @param imageDays image services
 * @param accountDays account information
 * @param settleAfter a decision whose effects and messages were not completed (crash, outage) is
 * completed again after this (default 30 s)
 * @param digestAt local time (calendar zone) after which reviewers get the daily digest, on
 * working days (default 09:00)
 */
@ConfigurationProperties("market.reviews")
public record ReviewSettings(int shopDays, int opsDays, int softwareDays, int imageDays, int accountDays,
		Duration settleAfter, LocalTime digestAt) {

	public ReviewSettings {
		shopDays = shopDays <= 0 ? 3 : shopDays;
		opsDays = opsDays <= 0 ? 3 : opsDays;
		softwareDays = softwareDays <= 0 ? 3 : softwareDays;
		imageDays = imageDays <= 0 ? 7 : imageDays;
		accountDays = accountDays <= 0 ? 3 : accountDays;
		settleAfter = positive(settleAfter, Duration.ofSeconds(30), "market.reviews.settle-after");
		digestAt = digestAt == null ? LocalTime.of(9, 0) : digestAt;
	}

	/** The defaults. */
	public static ReviewSettings defaults() {
		return new ReviewSettings(0, 0, 0, 0, 0, null, null);
	}

}
