package dev.marketassist.bot.provider;

import java.time.Duration;
import java.util.List;

import dev.marketassist.core.schedule.DueTask;
import dev.marketassist.core.schedule.DueTasks;
import dev.marketassist.dialogs.Dialogs;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.menu.ConversationRouter;
import dev.marketassist.dialogs.provider.OnboardingDialog;
import dev.marketassist.dialogs.session.ChatSessions;
import dev.marketassist.dialogs.session.DialogState;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds a seller who stopped onboarding for enterprise real-name verification, once, if the
 * onboarding draft still waits at that step. Tasks are claimed atomically across instances.
 */
@Component
class VerificationReminderJob {

	private final DueTasks tasks;

	private final ChatSessions sessions;

	private final Dialogs dialogs;

	VerificationReminderJob(DueTasks tasks, ChatSessions sessions, Dialogs dialogs) {
		this.tasks = tasks;
		this.sessions = sessions;
		this.dialogs = dialogs;
	}

	@Scheduled(initialDelayString = "${market.jobs.initial-delay:10s}", fixedDelayString = "${market.jobs.interval:60s}")
	void remind() {
		for (DueTask task : tasks.claimDue(OnboardingDialog.VERIFY_REMINDER, 100, Duration.ofMinutes(5))) {
			long user = Long.parseLong(task.subject());
			if (stillWaiting(user)) {
				dialogs.notify(user, "verify:" + user + ":" + task.dueAt().toEpochMilli(),
						t -> new Reply(t.get("onboarding.verify-reminder"),
								List.of(List.of(ConversationRouter.sellerButton(t.plain("resume.continue", t.plain("onboarding.title")))))));
			}
			tasks.complete(task.id());
		}
	}

	private boolean stillWaiting(long user) {
		return sessions.findById(user + ":" + user).map(session -> {
			DialogState draft = session.getDrafts().get("onboarding");
			DialogState active = session.getActive();
			DialogState state = draft != null ? draft : active != null && "onboarding".equals(active.getDialog()) ? active : null;
			return state != null && "verified".equals(state.getStep());
		}).orElse(false);
	}

}
