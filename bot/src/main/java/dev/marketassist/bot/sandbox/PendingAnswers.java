package dev.marketassist.bot.sandbox;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Page requests waiting for their input to be handled and delivered, by request id (the
 * pipeline's callback id). Each is answered once with the notice for the page's toast.
 */
final class PendingAnswers {

	private final Map<String, CompletableFuture<Notice>> waiting = new ConcurrentHashMap<>();

	/**
	 * What the page shows as a toast after its request.
	 *
	 * @param text the notice, or {@code null} for none
	 */
	record Notice(String text) {
	}

	CompletableFuture<Notice> expect(String requestId) {
		return waiting.computeIfAbsent(requestId, id -> new CompletableFuture<>());
	}

	void answer(String requestId, String notice) {
		if (requestId == null) {
			return;
		}
		CompletableFuture<Notice> request = waiting.remove(requestId);
		if (request != null) {
			request.complete(new Notice(notice));
		}
	}

	/** The request stopped waiting (it timed out): a late answer goes nowhere. */
	void forget(String requestId) {
		waiting.remove(requestId);
	}

}
