package dev.marketassist.dialogs.review;

import static dev.marketassist.dialogs.engine.DialogDefinition.SUMMARY;

import java.util.List;

import dev.marketassist.core.Refused;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.engine.DialogDefinition;
import dev.marketassist.dialogs.engine.Step;
import dev.marketassist.review.ReviewDecisions;
import dev.marketassist.review.ReviewTicket;
import dev.marketassist.core.input.TextRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Rejecting a claimed ticket: a reason template, then details for the provider (optional unless
 * the template is "other"), the summary, and the rejection. Started about the ticket
 * ({@link #TICKET}). Diagram: {@code review-reject.mmd}.
 */
@Configuration(proxyBeanMethods = false)
class ReviewRejectDialog {

	static final String NAME = "review-reject";

	static final String TICKET = "ticket";

	@Bean
	DialogDefinition reviewRejectDefinition(ReviewDecisions decisions) {
		return DialogDefinition.dialog(NAME)
			.about("Rejecting a review ticket (ReviewRejectDialog), started from a claimed ticket's Reject button;")
			.about("other without details stays on the summary.")
			.ask(Step.choice("template", Reasons.TEMPLATES.toArray(String[]::new))).then("details")
			.ask(Step.text("details").parse(TextRule.LONG_TEXT::check).skippable()).then(SUMMARY)
			.onSubmit((answers, submission) -> {
				var t = submission.texts();
				String ticketId = answers.context(TICKET).orElse(null);
				if (ticketId == null) {
					return List.of(Reply.of(t.get("review.not-found")));
				}
				String template = answers.get("template");
				try {
					ReviewTicket ticket = decisions.reject(ticketId, Long.toString(submission.from().userId()),
							"other".equals(template) ? null : template, answers.find("details").orElse(null));
					return List.of(new Reply(t.get("review.rejected.done", ticket.getId()),
							List.of(List.of(ReviewViews.button(t, "review.button.queue", ReviewButtons.QUEUE, null)))));
				}
				catch (Refused refused) {
					return List.of(Reply.of(t.get(refused)));
				}
			});
	}

}
