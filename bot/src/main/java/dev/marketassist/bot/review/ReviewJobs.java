package dev.marketassist.bot.review;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.marketassist.core.calendar.WorkingDayCalendar;
import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.Deadlines;
import dev.marketassist.dialogs.Dialogs;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.review.ReviewButtons;
import dev.marketassist.review.ReviewQueue;
import dev.marketassist.review.ReviewSettings;
import dev.marketassist.review.ReviewSettlement;
import dev.marketassist.review.ReviewTicket;
import dev.marketassist.review.ReviewerDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The review desk's clockwork, every {@code market.jobs.interval}: settles decisions a crash or an
 * outage left unsettled (the provider's message included), alerts the reviewers when a ticket
 * becomes overdue, and sends them a digest once a working day after {@code market.reviews.digest-at}.
 * Messages are keyed ({@code review:<ticket>:overdue}, {@code review-digest:<date>}), so several
 * instances or a repeated run never send one twice.
 */
@Component
class ReviewJobs {

	private static final Logger log = LoggerFactory.getLogger(ReviewJobs.class);

	private final ReviewSettlement settlement;

	private final ReviewQueue queue;

	private final ReviewerDirectory reviewers;

	private final Dialogs dialogs;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	private final Duration settleAfter;

	private final LocalTime digestAt;

	ReviewJobs(ReviewSettlement settlement, ReviewQueue queue, ReviewerDirectory reviewers, Dialogs dialogs,
			WorkingDayCalendar calendar, Clock clock, ReviewSettings settings) {
		this.settlement = settlement;
		this.queue = queue;
		this.reviewers = reviewers;
		this.dialogs = dialogs;
		this.calendar = calendar;
		this.clock = clock;
		this.settleAfter = settings.settleAfter();
		this.digestAt = settings.digestAt();
	}

	@Scheduled(initialDelayString = "${market.jobs.initial-delay:10s}", fixedDelayString = "${market.jobs.interval:60s}")
	void run() {
		try {
			int settled = settlement.settlePending(settleAfter, 100);
			if (settled > 0) {
				log.info("Settled {} review decision(s) left over by a crash or an outage", settled);
			}
			alertOverdue();
			digest();
		}
		catch (RuntimeException failed) {
			log.warn("Review jobs failed, will retry: {}", failed.toString());
		}
	}

	void alertOverdue() {
		for (ReviewTicket ticket : queue.unannouncedOverdue(50)) {
			for (long reviewer : recipients(ticket)) {
				dialogs.notify(reviewer, "review:" + ticket.getId() + ":overdue", t -> new Reply(
						t.get("review.overdue.alert", ticket.getId(),
								t.plain("review.subject." + ticket.getSubject().name().toLowerCase()),
								Deadlines.lastDay(ticket.getDueAt(), calendar.zone())),
						List.of(List.of(ReviewButtons.CLAIM.button(t.plain("review.button.claim"), ticket.getId())))));
			}
			queue.overdueAnnounced(ticket.getId());
		}
	}

	void digest() {
		ZonedDateTime now = clock.instant().atZone(calendar.zone());
		if (!calendar.isWorkingDay(now.toLocalDate()) || now.toLocalTime().isBefore(digestAt) || reviewers.listed().isEmpty()) {
			return;
		}
		ReviewQueue.Summary summary = queue.pending(1);
		if (summary.open() + summary.claimed() + summary.overdue() == 0) {
			return; // nothing to review: no message (a digest of zeros only interrupts)
		}
		for (long reviewer : reviewers.listed()) {
			dialogs.notify(reviewer, "review-digest:" + now.toLocalDate(),
					t -> new Reply(t.get("review.digest", summary.open(), summary.claimed(), summary.overdue()),
							List.of(List.of(ReviewButtons.QUEUE.button(t.plain("review.button.queue"))))));
		}
	}

	/** The listed reviewers and the one who holds the ticket (if a Telegram user). */
	private Set<Long> recipients(ReviewTicket ticket) {
		Set<Long> to = new LinkedHashSet<>(reviewers.listed());
		if (ticket.getReviewer() != null && ticket.getReviewer().matches("\\d{1,18}")) {
			to.add(Long.parseLong(ticket.getReviewer()));
		}
		return to;
	}

}
