package dev.marketassist.bot.sending;

import java.io.Serializable;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * One Bot API call on its way out, with its retry bookkeeping. The counters are touched only by
 * the attempt under way (attempts of one call never overlap); hand-offs between threads go
 * through locks or futures.
 */
final class Call<T extends Serializable> {

	@FunctionalInterface
	interface Invocation<T> {

		/** Starts the HTTP request; the future completes when Telegram answered. */
		CompletableFuture<T> invoke(TelegramClient client) throws TelegramApiException;

	}

	final long chatId;

	final String method;

	final Priority priority;

	/** Whether Telegram counts it as a message against its flood limits (edits and answers are free). */
	final boolean counted;

	final CompletableFuture<T> future = new CompletableFuture<>();

	private final boolean hasChat;

	private final Invocation<T> invocation;

	volatile int attempts;

	volatile int serverOrIoFailures;

	volatile int floodWaits;

	volatile long notBefore = System.nanoTime();

	private Call(long chatId, boolean hasChat, String method, Priority priority, Invocation<T> invocation) {
		this.chatId = chatId;
		this.hasChat = hasChat;
		this.method = method;
		this.priority = priority;
		this.counted = hasChat && countsAsMessage(method);
		this.invocation = invocation;
	}

	static <T extends Serializable> Call<T> forChat(long chatId, String method, Priority priority,
			Invocation<T> invocation) {
		return new Call<>(chatId, true, method, priority, invocation);
	}

	static <T extends Serializable> Call<T> withoutChat(String method, Invocation<T> invocation) {
		return new Call<>(0, false, method, Priority.REPLY, invocation);
	}

	/** send*, copy*, forward* (but not sendChatAction): what Telegram's message limits count. */
	static boolean countsAsMessage(String method) {
		String name = method.toLowerCase(Locale.ROOT);
		return (name.startsWith("send") && !name.equals("sendchataction")) || name.startsWith("copy")
				|| name.startsWith("forward");
	}

	boolean hasChat() {
		return this.hasChat;
	}

	boolean isReply() {
		return this.priority == Priority.REPLY;
	}

	/** Starts one attempt. */
	CompletableFuture<T> start(TelegramClient client) throws TelegramApiException {
		this.attempts++;
		CompletableFuture<T> started = this.invocation.invoke(client);
		if (started == null) {
			throw new TelegramApiException("The client returned no future for " + this.method);
		}
		return started;
	}

	@SuppressWarnings("unchecked")
	void complete(Object result) {
		this.future.complete((T) result);
	}

	void fail(Throwable error) {
		this.future.completeExceptionally(error);
	}

	/**
	 * A chat reference that is safe to log: the last three digits only.
	 * @return e.g. {@code …123} for a private chat, {@code -…123} for a group, {@code -} for
	 * calls without a chat
	 */
	String chatRef() {
		if (!this.hasChat) {
			return "-";
		}
		return String.format("%s…%03d", (this.chatId < 0) ? "-" : "", Math.abs(this.chatId % 1000));
	}

}
