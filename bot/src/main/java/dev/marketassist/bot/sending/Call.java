package dev.marketassist.bot.sending;

import java.io.Serializable;
import java.util.concurrent.CompletableFuture;

import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * One Bot API call on its way out, with its retry bookkeeping. The counters are touched only by
 * the thread running the call; hand-offs between threads go through locks or executors.
 */
final class Call<T extends Serializable> {

	@FunctionalInterface
	interface Invocation<T> {

		T invoke(TelegramClient client) throws TelegramApiException;

	}

	final long chatId;

	final String method;

	final CompletableFuture<T> future = new CompletableFuture<>();

	private final boolean hasChat;

	private final Invocation<T> invocation;

	int attempts;

	int serverOrIoFailures;

	int floodWaits;

	long notBefore = System.nanoTime();

	private Call(long chatId, boolean hasChat, String method, Invocation<T> invocation) {
		this.chatId = chatId;
		this.hasChat = hasChat;
		this.method = method;
		this.invocation = invocation;
	}

	static <T extends Serializable> Call<T> forChat(long chatId, String method, Invocation<T> invocation) {
		return new Call<>(chatId, true, method, invocation);
	}

	static <T extends Serializable> Call<T> withoutChat(String method, Invocation<T> invocation) {
		return new Call<>(0, false, method, invocation);
	}

	/**
	 * Makes the call and completes the future with its result.
	 * @param beforeCompletion runs after a success, before anyone waiting on the future wakes
	 */
	void invoke(TelegramClient client, Runnable beforeCompletion) throws TelegramApiException {
		this.attempts++;
		T result = this.invocation.invoke(client);
		beforeCompletion.run();
		this.future.complete(result);
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
