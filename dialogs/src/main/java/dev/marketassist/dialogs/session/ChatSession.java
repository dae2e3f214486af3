package dev.marketassist.dialogs.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.marketassist.dialogs.Outgoing;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Everything the assistant keeps about one user in one chat, in one MongoDB document so that
 * every change is a single atomic, version-checked write: the language, the recent update ids
 * (de-duplication), the active dialog and paused drafts, and the outbox of replies not yet
 * confirmed as delivered.
 */
@Document("chat_sessions")
public class ChatSession {

	/** How many recent update ids are kept for de-duplication. */
	static final int RECENT_UPDATES = 50;

	@Id
	private String id;

	private long chatId;

	private long userId;

	private String language;

	private boolean languageChosen;

	private List<Long> recentUpdates = new ArrayList<>();

	private List<String> recentNotifications = new ArrayList<>();

	private List<Outgoing> outbox = new ArrayList<>();

	private Integer promptMessageId;

	private int promptSeq;

	private DialogState active;

	private Map<String, DialogState> drafts = new LinkedHashMap<>();

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

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
