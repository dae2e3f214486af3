package dev.marketassist.review;

/**
 * Who is a platform reviewer: a Telegram user listed in {@code market.reviewers.ids}, or a
 * member of the reviewers' group chat {@code market.reviewers.chat-id} (known only to the
 * chat channel, which provides the implementation that asks it).
 */
public interface ReviewerDirectory {

	boolean isReviewer(long telegramUserId);

	/** The reviewers known by id (configuration), for digests and alerts. */
	java.util.List<Long> listed();

}
