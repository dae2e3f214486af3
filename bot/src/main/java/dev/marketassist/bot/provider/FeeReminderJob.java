package dev.marketassist.bot.provider;

import java.time.Duration;
import java.util.List;

import dev.marketassist.core.schedule.DueTask;
import dev.marketassist.core.schedule.DueTasks;
import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.Dialogs;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.provider.ProviderButtons;
import dev.marketassist.provider.OnboardingManagement;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds sellers who chose "not now" for the certification fee, every
 * {@code market.payments.reminder-after} until it is paid. Tasks are claimed atomically, so
 * several instances never remind twice.
 */
@Component
class FeeReminderJob {

	private final DueTasks tasks;

	private final OnboardingManagement onboarding;

	private final Dialogs dialogs;

	FeeReminderJob(DueTasks tasks, OnboardingManagement onboarding, Dialogs dialogs) {
		this.tasks = tasks;
		this.onboarding = onboarding;
		this.dialogs = dialogs;
	}

	@Scheduled(initialDelayString = "${market.jobs.initial-delay:10s}", fixedDelayString = "${market.jobs.interval:60s}")
	void remind() {
		for (DueTask task : tasks.claimDue(OnboardingManagement.FEE_REMINDER, 100, Duration.ofMinutes(5))) {
			var provider = onboarding.feeReminderDue(task.subject());
			if (provider.isEmpty()) {
				tasks.complete(task.id());
				continue;
			}
			String key = "fee:" + task.subject() + ":reminder:" + task.dueAt().toEpochMilli();
			provider.get().team().operators().forEach(operator -> dialogs.notify(operator.telegramUserId(), key,
					t -> new Reply(t.get("provider.fee.reminder", onboarding.payments().certificationFee()),
							List.of(List.of(ProviderButtons.PAY.button(t.plain("provider.button.pay")))))));
		}
	}

}
