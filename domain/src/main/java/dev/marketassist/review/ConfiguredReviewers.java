package dev.marketassist.review;

import java.util.List;

/** The reviewers listed by id in configuration; needs no chat channel. */
public final class ConfiguredReviewers implements ReviewerDirectory {

	private final ReviewerSettings settings;

	public ConfiguredReviewers(ReviewerSettings settings) {
		this.settings = settings;
	}

	@Override
	public boolean isReviewer(long telegramUserId) {
		return settings.ids().contains(telegramUserId);
	}

	@Override
	public List<Long> listed() {
		return settings.ids();
	}

}
