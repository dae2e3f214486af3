package dev.marketassist.bot.telegram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.marketassist.bot.inbound.OutboxDelivery;
import dev.marketassist.dialogs.Outgoing;
import dev.marketassist.dialogs.Outgoing.Action;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.menu.NavigationButtons;

/**
 * Fewer Bot API calls for the same outbox: a message without buttons followed by another message
 * goes out as one message (a notice that belongs to the next question, e.g. "Company information
 * saved" and the fee question), when the two fit in one; a keyboard removal repeated in one
 * outcome is made once; and a removal for a message known to have no buttons any more (sent
 * without, or already stripped) is not made at all — Telegram would answer 400 "message is not
 * modified". A prompt whose buttons only navigate (Back, Skip, Cancel, the main menu: see
 * {@link NavigationButtons}) keeps them when the same outcome sends a newer prompt: no removal
 * call. Thread-safe.
 */
final class DeliverySteps {

	/** A call to make, and the outbox entries it delivers. */
	record Step(List<String> keys, Outgoing entry) implements OutboxDelivery.Step {
	}

	private static final int REMEMBERED = 20_000;

	private final boolean keepSuperseded;

	/** Messages known to have no buttons ({@code false}) or only navigating ones ({@code true}). */
	private final Map<Key, Boolean> bare = new LinkedHashMap<>(1024, 0.75f, false) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Boolean> eldest) {
			return size() > REMEMBERED;
		}

	};

	/**
	 * @param keepSuperseded leave the buttons of a prompt that a new prompt replaces (a press on them
	 * is answered as no longer active by the engine): one call less per step, old buttons stay visible
	 */
	DeliverySteps(boolean keepSuperseded) {
		this.keepSuperseded = keepSuperseded;
	}

	List<Step> plan(long chatId, List<Outgoing> entries) {
		List<Step> steps = new ArrayList<>();
		List<Integer> cleared = new ArrayList<>();
		boolean newPrompt = false;
		for (Outgoing entry : entries) {
			Step last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
			newPrompt |= entry.action() == Action.SEND && entry.reply().hasKeyboard();
			if (entry.action() == Action.CLEAR_KEYBOARD && (cleared.contains(entry.messageId())
					|| isBare(chatId, entry.messageId())
					|| (newPrompt && (this.keepSuperseded || navigates(chatId, entry.messageId()))))) {
				if (last != null) {
					last.keys().add(entry.key());
				}
				else {
					steps.add(new Step(new ArrayList<>(List.of(entry.key())), null));
				}
				continue;
			}
			if (entry.action() == Action.CLEAR_KEYBOARD) {
				cleared.add(entry.messageId());
			}
			if (last != null && joinable(last.entry(), entry)) {
				Reply joined = new Reply(last.entry().reply().html() + "\n\n" + entry.reply().html(), entry.reply().keyboard());
				last.keys().add(entry.key());
				steps.set(steps.size() - 1,
						new Step(last.keys(), new Outgoing(last.entry().key(), Action.SEND, null, joined)));
				continue;
			}
			steps.add(new Step(new ArrayList<>(List.of(entry.key())), entry));
		}
		return steps;
	}

	/** Remembers a message that has no buttons (sent without, or stripped). */
	void bare(long chatId, Integer messageId) {
		if (messageId != null) {
			synchronized (this.bare) {
				this.bare.put(key(chatId, messageId), Boolean.FALSE);
			}
		}
	}

	/**
	 * Remembers the buttons a message was sent or edited with: only navigating ones (kept when a
	 * newer prompt supersedes it) or others (removed then).
	 */
	void buttons(long chatId, Integer messageId, Reply reply) {
		if (messageId != null) {
			synchronized (this.bare) {
				if (NavigationButtons.only(reply.keyboard())) {
					this.bare.put(key(chatId, messageId), Boolean.TRUE);
				}
				else {
					this.bare.remove(key(chatId, messageId));
				}
			}
		}
	}

	/** Forgets what is known of a message's buttons (a removal failed). */
	void forget(long chatId, Integer messageId) {
		if (messageId != null) {
			synchronized (this.bare) {
				this.bare.remove(key(chatId, messageId));
			}
		}
	}

	boolean isBare(long chatId, Integer messageId) {
		if (messageId == null) {
			return false;
		}
		synchronized (this.bare) {
			return Boolean.FALSE.equals(this.bare.get(key(chatId, messageId)));
		}
	}

	private boolean navigates(long chatId, Integer messageId) {
		if (messageId == null) {
			return false;
		}
		synchronized (this.bare) {
			return Boolean.TRUE.equals(this.bare.get(key(chatId, messageId)));
		}
	}

	private static boolean joinable(Outgoing first, Outgoing next) {
		return first != null && first.action() == Action.SEND && next.action() == Action.SEND && !first.reply().hasKeyboard()
				&& first.reply().html().length() + 2 + next.reply().html().length() <= ReplyRenderer.MAX_TEXT;
	}

	private static Key key(long chatId, int messageId) {
		return new Key(chatId, messageId);
	}

	private record Key(long chatId, int messageId) {
	}

}
