package dev.marketassist.bot.inbound;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import dev.marketassist.dialogs.Dialogs;
import dev.marketassist.dialogs.Outcome;
import dev.marketassist.dialogs.Outgoing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox loop of every channel: performs the planned steps of an outcome in order, each when
 * the previous one is done, and confirms what was delivered (and the message that now carries the
 * live prompt) in one write. A step that fails for now stops the delivery: what was done is
 * confirmed, the delivery lease given up and the rest left owed for the recovery sweep. A step
 * refused for good is dropped with a log line and counts as delivered. The confirmation may hand
 * back entries another instance stored meanwhile and left to this one (it holds the chat's
 * delivery lease): those are delivered next, the same way.
 * <p>
 * A {@link Channel} supplies only how its entries are planned and performed and how a failure is
 * classified: Telegram asynchronously through the rate-limited sender, the sandbox synchronously
 * into its transcript (completed futures, a direct executor).
 *
 * @param <S> the channel's kind of step
 */
public final class OutboxDelivery<S extends OutboxDelivery.Step> {

	private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

	/** A call to make, and the outbox entries it delivers. */
	public interface Step {

		/** The outbox entries this step delivers. */
		List<String> keys();

		/** What to perform; {@code null} when the entries need nothing done (they are only confirmed). */
		Outgoing entry();

	}

	/** How a failed step is treated, and what the log line says of it (no user content). */
	public record Failure(boolean permanent, String detail) {

		public static Failure transientFailure(String detail) {
			return new Failure(false, detail);
		}

		public static Failure permanentFailure(String detail) {
			return new Failure(true, detail);
		}

	}

	/** What one channel does with the outbox. */
	public interface Channel<S extends Step> {

		/** The steps that deliver these entries, in order. */
		List<S> plan(long chatId, List<Outgoing> entries);

		/**
		 * Performs one step of the owed outcome.
		 * @param reply whether this answers the user's own update (rather than a notification or a recovery)
		 * @return completes with the id of the message that now carries live buttons, if any; or
		 * exceptionally, with an error for {@link #classify}
		 */
		CompletableFuture<Integer> perform(Outcome owed, S step, boolean reply);

		/** Whether the failure of this entry is for good (drop it) or for now (pause the delivery). */
		Failure classify(Outgoing entry, Throwable error);

	}

	private final Dialogs dialogs;

	private final Channel<S> channel;

	private final Executor executor;

	/**
	 * @param executor runs each step after the first (which the thread calling {@link #deliver} starts) and the
	 * confirmation (a direct executor for a synchronous channel)
	 */
	public OutboxDelivery(Dialogs dialogs, Channel<S> channel, Executor executor) {
		this.dialogs = dialogs;
		this.channel = channel;
		this.executor = executor;
	}

	/**
	 * Delivers the outcome's entries, then those the confirmation leaves to this instance.
	 * @return completes once the delivered entries are confirmed; exceptionally only if the
	 * confirmation itself failed
	 */
	public CompletableFuture<Void> deliver(Outcome outcome, boolean reply) {
		long chatId = outcome.chatId();
		Progress progress = new Progress();
		List<S> steps = this.channel.plan(chatId, outcome.deliveries());
		// the first step on the caller's thread (it hands a call to the channel: one thread hop fewer per update),
		// each next one when the previous is answered, on the delivery threads
		CompletableFuture<Void> chain = steps.isEmpty() ? CompletableFuture.completedFuture(null)
				: perform(outcome, steps.get(0), reply, progress);
		for (S step : steps.subList(Math.min(1, steps.size()), steps.size())) {
			chain = chain.thenComposeAsync((ignored) -> progress.stopped ? CompletableFuture.completedFuture(null)
					: perform(outcome, step, reply, progress), this.executor);
		}
		return chain.thenComposeAsync((ignored) -> {
			if (progress.stopped) {
				this.dialogs.paused(outcome.sessionId(), progress.done, progress.prompt);
				return CompletableFuture.completedFuture(null);
			}
			// entries another instance stored meanwhile and left to this one (it holds the chat's delivery lease)
			Outcome next = this.dialogs.delivered(outcome.sessionId(), progress.done, progress.prompt);
			return (next == null || next.deliveries().isEmpty()) ? CompletableFuture.<Void>completedFuture(null)
					: deliver(next, reply);
		}, this.executor);
	}

	private static final class Progress {

		final List<String> done = new ArrayList<>();

		volatile Integer prompt;

		volatile boolean stopped;

	}

	private CompletableFuture<Void> perform(Outcome owed, S step, boolean reply, Progress progress) {
		if (step.entry() == null) { // only entries with nothing left to do
			progress.done.addAll(step.keys());
			return CompletableFuture.completedFuture(null);
		}
		CompletableFuture<Integer> performed;
		try {
			performed = this.channel.perform(owed, step, reply);
		}
		catch (RuntimeException ex) {
			performed = CompletableFuture.failedFuture(ex);
		}
		return performed.handle((live, error) -> {
			if (error == null) {
				if (live != null) {
					progress.prompt = live;
				}
				progress.done.addAll(step.keys());
				return null;
			}
			Failure failure = this.channel.classify(step.entry(), error);
			if (!failure.permanent()) {
				log.warn("Delivery to chat …{} paused ({}); the rest waits for the recovery sweep", tail(owed.chatId()),
						failure.detail());
				progress.stopped = true;
			}
			else {
				log.warn("Dropping an undeliverable {} for chat …{}: {}", step.entry().action(), tail(owed.chatId()),
						failure.detail());
				progress.done.addAll(step.keys());
			}
			return null;
		});
	}

	/** The chat id's last digits, enough to follow a chat in the log without naming it. */
	public static String tail(long chatId) {
		String id = Long.toString(Math.abs(chatId));
		return id.length() <= 3 ? id : id.substring(id.length() - 3);
	}

}
