package dev.marketassist.dialogs.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.marketassist.dialogs.Outgoing;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Everything the assistant keeps about one user in one chat, in one MongoDB document so that every change is a
 * single atomic, version-checked write: the language, the recent update ids (de-duplication), the active dialog
 * and paused drafts, the outbox of replies not yet confirmed as delivered, and who delivers them (its lease).
 */
@Document("chat_sessions")
@CompoundIndex(name = "lease_until", def = "{'lease.until': 1}", sparse = true)
@CompoundIndex(name = "updated_at", def = "{'updatedAt': 1}")
public class ChatSession {

	/** How many recent update ids are kept for de-duplication. */
	static final int RECENT_UPDATES = 50;

	// the fields are package-private: ChatSessionCodec writes and reads them (the stored form)
	@Id
	String id;

	long chatId;
	long userId;
	String language;
	boolean languageChosen;
	List<Long> recentUpdates = new ArrayList<>();
	List<String> recentNotifications = new ArrayList<>();
	List<Outgoing> outbox = new ArrayList<>();
	Integer promptMessageId;
	int promptSeq;

	/**
	 * The nonces of the messages whose buttons may act (see {@code ButtonType}): issued with a message's buttons,
	 * consumed by a press with an effect, dropped when a newer prompt retires the message. Saved with the
	 * session, so a press is consumed in the same version-checked write as its effect on the session.
	 */
	List<String> liveNonces = new ArrayList<>();

	/** The dialog step ({@code <dialog>/<step>}) whose prompt the recovery last re-sent, and when: see RepeatedAnswers. */
	String resentPrompt;

	/**
	 * The messages whose buttons were last removed (the removal queued): a message's buttons are
	 * removed once, never again (Telegram refuses an edit that changes nothing).
	 */
	List<Integer> retiredMessages = new ArrayList<>();

	Instant resentAt;
	DialogState active;

	Map<String, DialogState> drafts = new LinkedHashMap<>();

	Instant createdAt;
	Instant updatedAt;

	/** Which instance delivers the outbox now, until when (see {@link DeliveryLeases}); {@code null}: nobody. */
	DeliveryLease lease;

	@Version
	Long version;

	public ChatSession() {
	}

	public ChatSession(long chatId, long userId, Instant now) {
		this.id = chatId + ":" + userId;
		this.chatId = chatId;
		this.userId = userId;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Whether this update id was handled already (or is older than anything remembered). */
	public boolean hasSeen(long updateId) {
		if (recentUpdates.contains(updateId)) {
			return true;
		}
		return recentUpdates.size() >= RECENT_UPDATES && updateId < recentUpdates.get(0);
	}

	public void remember(long updateId) {
		recentUpdates.add(updateId);
		recentUpdates.sort(null);
		while (recentUpdates.size() > RECENT_UPDATES) {
			recentUpdates.remove(0);
		}
	}

	/**
	 * Remembers a notification's key; false if it was remembered before (the notification was
	 * already queued for this chat and must not be queued again).
	 */
	public boolean rememberNotification(String key) {
		if (recentNotifications.contains(key)) {
			return false;
		}
		recentNotifications.add(key);
		while (recentNotifications.size() > RECENT_UPDATES) {
			recentNotifications.remove(0);
		}
		return true;
	}

	/** A fresh number for the next prompt: buttons carry it, so older buttons are recognised. */
	public int nextPromptSeq() {
		promptSeq = (promptSeq + 1) % 1_000_000;
		return promptSeq;
	}

	/** How many nonces stay live at most (the newest). */
	static final int LIVE_NONCES = 8;

	/** A fresh nonce for a message with buttons, live from now on. */
	public String issueNonce() {
		String nonce = Integer.toString(nextPromptSeq(), 36);
		liveNonces.add(nonce);
		while (liveNonces.size() > LIVE_NONCES) {
			liveNonces.remove(0);
		}
		return nonce;
	}

	/** Whether a button carrying this nonce may act. */
	public boolean isLive(String nonce) {
		return liveNonces.contains(nonce);
	}

	/** A press with an effect used the nonce: its message's buttons act no more. */
	public void consume(String nonce) {
		liveNonces.remove(nonce);
	}

	/** A newer prompt retired the older messages: only these nonces stay live. */
	public void keepOnlyNonces(java.util.Collection<String> kept) {
		liveNonces.retainAll(kept);
	}

	public List<String> getLiveNonces() {
		return liveNonces;
	}

	/**
	 * Queues entries for delivery. A prompt of a dialog supersedes the prompts of the same dialog
	 * still waiting in the outbox (delivered or not): they are dropped, so that only the current
	 * question is ever sent again. Removals of old buttons still waiting are dropped too: their
	 * delivery was attempted already (a chat's next input is handled after its previous replies
	 * were delivered), so they are never repeated as edits that change nothing; a press on a
	 * button left behind is answered "already done" by its nonce.
	 */
	public void queue(List<Outgoing> entries) {
		outbox.removeIf(waiting -> waiting.action() == Outgoing.Action.CLEAR_KEYBOARD);
		for (Outgoing entry : entries) {
			if (entry.asks() != null) {
				outbox.removeIf(waiting -> waiting.asks() != null && waiting.action() == Outgoing.Action.SEND
						&& dialogOf(waiting.asks()).equals(dialogOf(entry.asks())));
			}
			outbox.add(entry);
		}
	}

	private static String dialogOf(String asks) {
		int slash = asks.indexOf('/');
		return slash < 0 ? asks : asks.substring(0, slash);
	}

	/**
	 * Records that the buttons of a message are being removed; false if that was queued before
	 * (the removal must not be asked again).
	 */
	public boolean retire(int messageId) {
		if (retiredMessages.contains(messageId)) {
			return false;
		}
		retiredMessages.add(messageId);
		while (retiredMessages.size() > LIVE_NONCES) {
			retiredMessages.remove(0);
		}
		return true;
	}

	/** A message got buttons again (edited in place with a new keyboard). */
	public void rearm(int messageId) {
		retiredMessages.remove(Integer.valueOf(messageId));
	}

	public DeliveryLease getLease() {
		return lease;
	}

	public void setLease(DeliveryLease lease) {
		this.lease = lease;
	}

	public String getResentPrompt() {
		return resentPrompt;
	}

	public Instant getResentAt() {
		return resentAt;
	}

	/** Records that the recovery re-sent the prompt of {@code asks} at {@code at}. */
	public void resent(String asks, Instant at) {
		this.resentPrompt = asks;
		this.resentAt = at;
	}

	public String getId() {
		return id;
	}

	public long getChatId() {
		return chatId;
	}

	public long getUserId() {
		return userId;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public boolean isLanguageChosen() {
		return languageChosen;
	}

	public void setLanguageChosen(boolean languageChosen) {
		this.languageChosen = languageChosen;
	}

	public List<Long> getRecentUpdates() {
		return recentUpdates;
	}

	public List<Outgoing> getOutbox() {
		return outbox;
	}

	public Integer getPromptMessageId() {
		return promptMessageId;
	}

	public void setPromptMessageId(Integer promptMessageId) {
		this.promptMessageId = promptMessageId;
	}

	public int getPromptSeq() {
		return promptSeq;
	}

	public DialogState getActive() {
		return active;
	}

	public void setActive(DialogState active) {
		this.active = active;
	}

	public Map<String, DialogState> getDrafts() {
		return drafts;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

	public Long getVersion() {
		return version;
	}

	/** Set by {@link ChatSessions#save}, which checks and moves it on. */
	void setVersion(Long version) {
		this.version = version;
	}

}
