package dev.marketassist.dialogs.team;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.marketassist.core.Masking;
import dev.marketassist.core.Refused;
import dev.marketassist.core.calendar.WorkingDayCalendar;
import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.Dialogs;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.StartLinks;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.dialogs.engine.ButtonType;
import dev.marketassist.dialogs.engine.ChatFeature;
import dev.marketassist.dialogs.engine.Turn;
import dev.marketassist.provider.Operator;
import dev.marketassist.provider.Provider;
import dev.marketassist.provider.TeamManagement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The provider's team: /invite (the owner gets a one-time link for another operator; the
 * {@code invite_…} deep link adds whoever opens it), and /team (the owner only): who operates the
 * account, with a Remove button per operator, a confirmation, and the removed operator told. Buttons: {@link TeamButtons}; each press re-checks
 * in the domain that the presser owns the provider and the user still operates it.
 */
@Component
class TeamFeature implements ChatFeature {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private final TeamManagement team;

	private final ObjectProvider<Dialogs> dialogs;

	/** How long an invitation link can be used. */
	private static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

	private final ZoneId zone;

	private final StartLinks links;

	TeamFeature(TeamManagement team, ObjectProvider<Dialogs> dialogs, WorkingDayCalendar calendar, StartLinks links) {
		this.team = team;
		this.dialogs = dialogs;
		this.zone = calendar.zone();
		this.links = links;
	}

	@Override
	public Set<String> commands() {
		return Set.of("team", "invite");
	}

	@Override
	public void command(Turn turn, String command, String argument) {
		if ("invite".equals(command)) {
			invite(turn);
			return;
		}
		try {
			Reply reply = view(turn.texts(), team.teamOf(turn.from().userId()));
			turn.prompt(reply.html(), reply.keyboard());
		}
		catch (Refused refused) {
			turn.say(turn.texts().get(refused));
		}
	}

	private void invite(Turn turn) {
		try {
			String token = team.invite(turn.from().userId(), INVITATION_VALIDITY);
			String link = links.invite(token).orElseGet(() -> StartLinks.command(StartLinks.INVITE + token));
			turn.say(turn.texts().get("provider.invite.link", link, INVITATION_VALIDITY.toDays()));
		}
		catch (Refused refused) {
			turn.say(turn.texts().get(refused));
		}
	}

	@Override
	public String deepLinkPrefix() {
		return "invite";
	}

	@Override
	public void deepLink(Turn turn, String token) {
		try {
			Provider provider = team.acceptInvite(token, turn.from().userId(), turn.from().firstName());
			turn.say(turn.texts().get("provider.invite.joined", provider.getCompanyName()));
		}
		catch (Refused refused) {
			turn.say(turn.texts().get(refused));
		}
	}

	@Override
	public ButtonType.Route<?> buttons() {
		return TeamButtons.TYPE.route(this::press);
	}

	private void press(Turn turn, ButtonType.Press<TeamButtons> press) {
		Texts t = turn.texts();
		long member;
		try {
			member = Long.parseLong(press.arg());
		}
		catch (NumberFormatException forged) {
			turn.notice(t.plain("button.stale"));
			return;
		}
		String shown = masked(member);
		try {
			switch (press.action()) {
				case ASK -> {
					team.teamOf(turn.from().userId());
					turn.replacePressed(t.get("team.confirm", shown),
							List.of(List.of(button(t.plain("team.button.confirm"), TeamButtons.REMOVE, member),
									button(t.plain("team.button.keep"), TeamButtons.KEEP, member))));
				}
				case REMOVE -> {
					Provider provider = team.remove(turn.from().userId(), member);
					turn.replacePressed(t.get("team.removed", shown), List.of());
					dialogs.getObject().notify(member, "team:" + provider.getId() + ":removed:" + turn.now().toEpochMilli(),
							texts -> Reply.of(texts.get("team.removed.notice", provider.getCompanyName())));
					Reply reply = view(t, provider);
					turn.prompt(reply.html(), reply.keyboard());
				}
				case KEEP -> turn.replacePressed(t.get("team.kept", shown), List.of());
			}
		}
		catch (Refused refused) {
			turn.notice(t.plain(refused));
			turn.retirePressed();
			turn.say(t.get(refused));
		}
	}

	private Reply view(Texts t, Provider provider) {
		StringBuilder html = new StringBuilder(t.get("team.title", provider.getCompanyName()));
		List<List<Button>> keyboard = new ArrayList<>();
		int n = 0;
		for (Operator member : provider.team().operators()) {
			String since = DATE.format(member.since().atZone(zone));
			String shown = shown(member);
			if (member.role() == Operator.Role.OWNER) {
				html.append('\n').append(t.get("team.owner", shown, since));
				continue;
			}
			n++;
			html.append('\n').append(t.get("team.operator", n, shown, since));
			keyboard.add(List.of(button(t.plain("team.button.remove", n, shown), TeamButtons.ASK, member.telegramUserId())));
		}
		if (n == 0) {
			html.append("\n\n").append(t.get("team.none"));
		}
		return new Reply(html.toString(), keyboard);
	}

	/** A member as shown: the name they had when they joined (if known) and the last digits of the Telegram id. */
	static String shown(Operator member) {
		String name = member.name() == null || member.name().isBlank() ? null : member.name().strip();
		return name == null ? masked(member.telegramUserId())
				: name.substring(0, Math.min(name.length(), 32)) + ", " + masked(member.telegramUserId());
	}

	/** The last digits of a Telegram id only. */
	static String masked(long telegramUserId) {
		return "ID " + Masking.tail(Long.toString(telegramUserId), 4);
	}

	private static Button button(String label, TeamButtons action, long member) {
		return action.button(label, Long.toString(member));
	}

}
