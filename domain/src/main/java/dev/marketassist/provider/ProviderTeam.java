package dev.marketassist.provider;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The Telegram users who operate a provider (its owner and operators) and the invitations that
 * bring more. Part of the provider's document (stored as {@code operators} and {@code invites}),
 * changed only with the provider.
 */
public class ProviderTeam {

	private List<Operator> operators = new ArrayList<>();

	private List<Invite> invites = new ArrayList<>();

	void addOwner(long telegramUserId, String name, Instant now) {
		if (!isOperator(telegramUserId)) {
			operators.add(new Operator(telegramUserId, Operator.Role.OWNER, now, name));
		}
	}

	/** Takes a user's access away at once (an operator; the owner stays). */
	boolean removeOperator(long telegramUserId) {
		return operators.removeIf(o -> o.telegramUserId() == telegramUserId && o.role() == Operator.Role.OPERATOR);
	}

	/** Adds an invitation and forgets unused ones that expired more than 30 days before it. */
	void addInvite(Invite invite) {
		invites.removeIf(i -> i.usedBy() == null && i.expiresAt().isBefore(invite.expiresAt().minusSeconds(30L * 24 * 3600)));
		invites.add(invite);
	}

	void useInvite(String tokenHash, long telegramUserId, String name, Instant now) {
		invites.replaceAll(i -> i.tokenHash().equals(tokenHash) ? new Invite(i.tokenHash(), i.expiresAt(), telegramUserId) : i);
		if (!isOperator(telegramUserId)) {
			operators.add(new Operator(telegramUserId, Operator.Role.OPERATOR, now, name));
		}
	}

	public boolean isOwner(long telegramUserId) {
		return operators.stream().anyMatch(o -> o.telegramUserId() == telegramUserId && o.role() == Operator.Role.OWNER);
	}

	public boolean isOperator(long telegramUserId) {
		return operators.stream().anyMatch(o -> o.telegramUserId() == telegramUserId);
	}

	/** Everyone with access, the owner first as they joined. */
	public List<Operator> operators() {
		return List.copyOf(operators);
	}

	public List<Invite> invites() {
		return List.copyOf(invites);
	}

}
