package dev.marketassist.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import dev.marketassist.bot.sending.OutboundMessages;
import dev.marketassist.review.ReviewerDirectory;
import dev.marketassist.review.ReviewerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberRestricted;

/**
 * Reviewers are the users listed in {@code market.reviewers.ids} and the members of the reviewers'
 * group chat {@code market.reviewers.chat-id}, asked of Telegram (getChatMember) and remembered
 * for five minutes (a removed member loses access within that time). Without Telegram, or if
 * Telegram cannot be asked, only the listed users are reviewers.
 */
@Component
@Primary
class TelegramReviewerDirectory implements ReviewerDirectory {

	private static final Logger log = LoggerFactory.getLogger(TelegramReviewerDirectory.class);

	private static final Duration REMEMBER = Duration.ofMinutes(5);

	private static final Set<String> MEMBERS = Set.of("creator", "administrator", "member");

	private record Answer(boolean member, Instant until) {
	}

	private final ReviewerSettings settings;

	private final ObjectProvider<OutboundMessages> sender;

	private final Clock clock;

	private final Map<Long, Answer> answers = new ConcurrentHashMap<>();

	TelegramReviewerDirectory(ReviewerSettings settings, ObjectProvider<OutboundMessages> sender, Clock clock) {
		this.settings = settings;
		this.sender = sender;
		this.clock = clock;
	}

	@Override
	public boolean isReviewer(long telegramUserId) {
		if (settings.ids().contains(telegramUserId)) {
			return true;
		}
		OutboundMessages telegram = sender.getIfAvailable();
		if (settings.chatId() == null || telegram == null) {
			return false;
		}
		Instant now = clock.instant();
		Answer known = answers.get(telegramUserId);
		if (known != null && known.until().isAfter(now)) {
			return known.member();
		}
		try {
			ChatMember member = telegram
				.sendNow(GetChatMember.builder().chatId(settings.chatId()).userId(telegramUserId).build())
				.get(5, TimeUnit.SECONDS);
			boolean isMember = MEMBERS.contains(member.getStatus())
					|| member instanceof ChatMemberRestricted restricted && Boolean.TRUE.equals(restricted.getIsMember());
			answers.put(telegramUserId, new Answer(isMember, now.plus(REMEMBER)));
			return isMember;
		}
		catch (Exception unknown) {
			log.warn("Cannot ask Telegram whether user {} is in the reviewers' chat: {}", telegramUserId, unknown.toString());
			return false;
		}
	}

	@Override
	public List<Long> listed() {
		return settings.ids();
	}

}
