package dev.marketassist.dialogs.account;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.marketassist.core.Refused;
import dev.marketassist.core.calendar.WorkingDayCalendar;
import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.Deadlines;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.dialogs.Words;
import dev.marketassist.dialogs.engine.ButtonType;
import dev.marketassist.dialogs.engine.ChatFeature;
import dev.marketassist.dialogs.engine.DialogEngine;
import dev.marketassist.dialogs.engine.Turn;
import dev.marketassist.review.ReviewStatus;
import dev.marketassist.review.ReviewTicket;
import dev.marketassist.provider.OnboardingManagement;
import dev.marketassist.core.input.PhoneNumber;
import dev.marketassist.provider.Provider;
import dev.marketassist.provider.AccountChangeManagement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * /account: the account information in force, a change waiting for review (with its expected
 * decision date), and a button to change it ({@code ac:edit}, the {@link AccountDialog}).
 */
@Component
class AccountFeature implements ChatFeature {


	private final OnboardingManagement onboarding;

	private final AccountChangeManagement changes;

	private final WorkingDayCalendar calendar;

	private final ObjectProvider<DialogEngine> engine;

	AccountFeature(OnboardingManagement onboarding, AccountChangeManagement changes, WorkingDayCalendar calendar,
			ObjectProvider<DialogEngine> engine) {
		this.onboarding = onboarding;
		this.changes = changes;
		this.calendar = calendar;
		this.engine = engine;
	}

	@Override
	public Set<String> commands() {
		return Set.of("account");
	}

	@Override
	public void command(Turn turn, String command, String argument) {
		try {
			show(turn, onboarding.providerOf(turn.from().userId()));
		}
		catch (Refused refused) {
			turn.say(turn.texts().get(refused));
		}
	}

	@Override
	public ButtonType.Route<?> buttons() {
		return AccountButtons.TYPE.route(this::press);
	}

	private void press(Turn turn, ButtonType.Press<AccountButtons> press) {
		try {
			Provider provider = onboarding.providerOf(turn.from().userId());
			if (!provider.isOwner(turn.from().userId())) {
				throw new Refused("refused.account.owner-only");
			}
			Optional<ReviewTicket> pending = changes.pending(provider.getId());
			if (pending.isPresent()) {
				throw new Refused("refused.account.pending", pending.get().getId());
			}
			turn.retirePressed();
			engine.getObject().start(turn, AccountDialog.NAME, Map.of());
		}
		catch (Refused refused) {
			turn.notice(turn.texts().plain(refused));
			turn.say(turn.texts().get(refused));
		}
	}

	private void show(Turn turn, Provider provider) {
		Texts t = turn.texts();
		Map<String, String> current = changes.current(provider);
		String none = t.plain("account.none");
		String contact = Optional.ofNullable(current.get("serviceContact")).map(c -> Words.contact(t, c)).orElse(none);
		StringBuilder html = new StringBuilder(t.get("account.view", provider.getCompanyName(), provider.getId(),
				current.getOrDefault("contactName", none),
				Optional.ofNullable(current.get("contactPhone")).map(phone -> PhoneNumber.of(phone).masked()).orElse(none),
				current.getOrDefault("contactEmail", none), contact, provider.getUscc(),
				Optional.ofNullable(provider.getAccountHolder()).orElse(none), Optional.ofNullable(provider.getBankName()).orElse(none),
				Optional.ofNullable(provider.getBankBranch()).orElse(none),
				Optional.ofNullable(provider.getBankAccountMasked()).orElse(none)));
		Optional<ReviewTicket> pending = changes.pending(provider.getId());
		if (pending.isPresent()) {
			ReviewTicket ticket = pending.get();
			html.append("\n\n").append(ticket.getStatus() == ReviewStatus.WAITING
					? t.get("account.pending.waiting", ticket.getId())
					: t.get("account.pending", ticket.getId(), Deadlines.lastDay(ticket.getDueAt(), calendar.zone())));
			turn.say(html.toString());
			return;
		}
		turn.prompt(html.toString(), List.of(List.of(AccountButtons.EDIT.button(t.plain("account.button.edit")))));
	}

}
