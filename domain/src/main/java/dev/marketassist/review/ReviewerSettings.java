package dev.marketassist.review;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The platform reviewers (SPEC roles): Telegram user ids ({@code MARKET_REVIEWER_IDS}) and/or a
 * group chat whose members are reviewers ({@code MARKET_REVIEWER_CHAT_ID}).
 *
 * @param ids reviewers' Telegram user ids
 * @param chatId the reviewers' group chat, or {@code null}
 */
@ConfigurationProperties("market.reviewers")
public record ReviewerSettings(List<Long> ids, Long chatId) {

	public ReviewerSettings {
		ids = ids == null ? List.of() : List.copyOf(ids);
	}

}
