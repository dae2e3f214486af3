package dev.marketassist.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.marketassist.core.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Service;

/**
 * Opens review tickets and starts their clocks. A ticket of a provider whose onboarding is not
 * complete (fee unpaid) waits; {@link #startWaiting} opens them, due after their period in
 * working days from then.
 */
@Service
public class ReviewManagement {

	private final ReviewTickets tickets;

	private final WorkingDayCalendar calendar;

	private final ReviewSettings settings;

	private final Clock clock;

	private final ReviewLifecycle lifecycle = new ReviewLifecycle();

	public ReviewManagement(ReviewTickets tickets, WorkingDayCalendar calendar, ReviewSettings settings, Clock clock) {
		this.tickets = tickets;
		this.calendar = calendar;
		this.settings = settings;
		this.clock = clock;
	}

	public ReviewSettings settings() {
		return settings;
	}

	/**
	 * Opens a ticket for a submission.
	 * @param onboardingComplete whether reviews may start now (agreement signed, fee paid)
	 */
	public ReviewTicket open(ReviewSubject subject, String subjectId, String providerId, Map<String, String> snapshot,
			int periodDays, boolean onboardingComplete) {
		Instant now = clock.instant();
		ReviewTicket ticket = new ReviewTicket("RT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), subject,
				subjectId, providerId, snapshot, periodDays, now);
		if (onboardingComplete) {
			ticket.start(lifecycle.next(ReviewStatus.WAITING, ReviewTrigger.START), calendar.dueAfter(now, periodDays));
		}
		return tickets.save(ticket);
	}

	/** Opens the provider's waiting tickets (its onboarding just became complete). */
	public List<ReviewTicket> startWaiting(String providerId) {
		Instant now = clock.instant();
		return tickets.findByProviderIdAndStatus(providerId, ReviewStatus.WAITING).stream().map(ticket -> {
			ticket.start(lifecycle.next(ticket.getStatus(), ReviewTrigger.START), calendar.dueAfter(now, ticket.getPeriodDays()));
			return tickets.save(ticket);
		}).toList();
	}

}
