package dev.marketassist.dialogs.review;

import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import dev.marketassist.product.StoredFile;
import dev.marketassist.core.NotFound;
import dev.marketassist.core.Refused;
import dev.marketassist.core.calendar.WorkingDayCalendar;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.engine.ButtonType;
import dev.marketassist.dialogs.engine.ChatFeature;
import dev.marketassist.dialogs.engine.DialogEngine;
import dev.marketassist.dialogs.engine.Turn;
import dev.marketassist.review.ReviewDecisions;
import dev.marketassist.review.ReviewQueue;
import dev.marketassist.review.ReviewTicket;
import dev.marketassist.review.ReviewerDirectory;
import dev.marketassist.provider.Providers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The reviewers' desk in chat: /review shows the queue (overdue first, with counts); a ticket
 * shows the submission with Claim, then Approve, Reject (a short dialog: template and details)
 * and Release. Only reviewers ({@link ReviewerDirectory}) get in; anyone else is refused and the
 * attempt is logged. A product's ticket also offers its logo and usage document (sent as files).
 * Buttons: {@code v:q}, {@code v:o|c|u|a|j|fl|fd:<ticket>}; {@code v:f:<ticket>} is the provider's
 * "Fix and resubmit" ({@link ReviewFixes}).
 */
@Component
class ReviewDesk implements ChatFeature {

	private static final Logger log = LoggerFactory.getLogger(ReviewDesk.class);

	private static final int QUEUE_SIZE = 20;

	private final ReviewerDirectory reviewers;

	private final ReviewQueue queue;

	private final ReviewDecisions decisions;

	private final Providers providers;

	private final ZoneId zone;

	private final ObjectProvider<DialogEngine> engine;

	private final ReviewFixes fixes;

	ReviewDesk(ReviewerDirectory reviewers, ReviewQueue queue, ReviewDecisions decisions, Providers providers,
			WorkingDayCalendar calendar, ObjectProvider<DialogEngine> engine, ReviewFixes fixes) {
		this.reviewers = reviewers;
		this.queue = queue;
		this.decisions = decisions;
		this.providers = providers;
		this.zone = calendar.zone();
		this.engine = engine;
		this.fixes = fixes;
	}

	@Override
	public Set<String> commands() {
		return Set.of("review");
	}

	@Override
	public void command(Turn turn, String command, String argument) {
		if (admitted(turn, "/review")) {
			Reply reply = ReviewViews.queue(turn.texts(), queue.pending(QUEUE_SIZE), zone, turn.now());
			turn.prompt(reply.html(), reply.keyboard());
		}
	}

	@Override
	public ButtonType.Route<?> buttons() {
		return ReviewButtons.TYPE.route(this::press);
	}

	private void press(Turn turn, ButtonType.Press<ReviewButtons> press) {
		String ticketId = press.arg();
		if (press.action() == ReviewButtons.FIX) {
			fixes.fix(turn, ticketId);
			return;
		}
		if (!admitted(turn, "button " + press.action())) {
			return;
		}
		String me = Long.toString(turn.from().userId());
		try {
			switch (press.action()) {
				case QUEUE -> replace(turn, ReviewViews.queue(turn.texts(), queue.pending(QUEUE_SIZE), zone, turn.now()));
				case OPEN -> show(turn, decisions.find(ticketId), null);
				case CLAIM -> show(turn, decisions.claim(ticketId, me, turn.from().firstName(), null), "review.claimed");
				case RELEASE -> show(turn, decisions.release(ticketId, me), "review.released");
				case APPROVE -> show(turn, decisions.approve(ticketId, me, null), "review.approved");
				case REJECT -> reject(turn, decisions.find(ticketId), me);
				case LOGO -> sendFile(turn, decisions.find(ticketId), ReviewViews.LOGO);
				case DOCUMENT -> sendFile(turn, decisions.find(ticketId), ReviewViews.DOCUMENT);
				default -> turn.notice(turn.texts().plain("button.stale"));
			}
		}
		catch (NotFound missing) {
			turn.notice(turn.texts().plain("review.not-found"));
			turn.say(turn.texts().get("review.not-found"));
		}
		catch (Refused refused) {
			turn.notice(turn.texts().plain(refused));
			turn.say(turn.texts().get(refused));
		}
	}

	private void show(Turn turn, ReviewTicket ticket, String done) {
		if (done != null) {
			turn.notice(turn.texts().plain(done, ticket.getId()));
		}
		var provider = providers.findById(ticket.getProviderId()).orElse(null);
		replace(turn, ReviewViews.ticket(turn.texts(), ticket, provider, zone, turn.now(),
				Long.toString(turn.from().userId())));
	}

	private void sendFile(Turn turn, ReviewTicket ticket, String key) {
		String file = ticket.getSnapshot().get(key);
		if (file == null) {
			turn.notice(turn.texts().plain("button.stale"));
			return;
		}
		turn.notice(turn.texts().plain("review.file.sending"));
		turn.document(file, turn.texts().get("review.file.caption", ticket.getId(),
				turn.texts().plain(ReviewViews.LOGO.equals(key) ? "review.field.logo" : "review.field.usageDocument"),
				StoredFile.decode(file).shown()));
	}

	private void reject(Turn turn, ReviewTicket ticket, String me) {
		if (!me.equals(ticket.getReviewer()) || ticket.getStatus() != dev.marketassist.review.ReviewStatus.CLAIMED) {
			throw new Refused("refused.review.reject", ticket.getStatus().name());
		}
		turn.retirePressed();
		engine.getObject().start(turn, ReviewRejectDialog.NAME, Map.of(ReviewRejectDialog.TICKET, ticket.getId()));
	}

	private static void replace(Turn turn, Reply reply) {
		turn.replacePressed(reply.html(), reply.keyboard());
	}

	private boolean admitted(Turn turn, String attempt) {
		long user = turn.from().userId();
		if (reviewers.isReviewer(user)) {
			return true;
		}
		log.warn("Refused review desk {} to user {}: not a reviewer", attempt, user);
		turn.notice(turn.texts().plain("refused.review.not-reviewer"));
		turn.say(turn.texts().get("refused.review.not-reviewer"));
		return false;
	}

}
