package dev.marketassist.bot.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.marketassist.dialogs.Dialogs;
import dev.marketassist.dialogs.Outcome;
import dev.marketassist.dialogs.Outgoing;
import dev.marketassist.dialogs.Outgoing.Action;
import dev.marketassist.dialogs.Reply;
import org.junit.jupiter.api.Test;

/**
 * The outbox loop shared by the channels, against a channel whose answers the test decides: steps
 * go in order, each after the previous one is done; a failure for now pauses the delivery and
 * keeps the rest owed; one for good is dropped; what the confirmation leaves to this instance is
 * delivered next.
 */
class OutboxDeliveryTests {

	private static final String SESSION = "7:7";

	private final Dialogs dialogs = mock(Dialogs.class);

	private final FakeChannel channel = new FakeChannel();

	private final OutboxDelivery<TestStep> outbox = new OutboxDelivery<>(dialogs, channel, Runnable::run);

	@Test
	void performsTheStepsInOrderEachAfterThePreviousIsDoneAndConfirmsThemWithTheLastLivePrompt() {
		CompletableFuture<Integer> first = new CompletableFuture<>();
		channel.answers.put("a", first);
		channel.answers.put("b", CompletableFuture.completedFuture(11));
		channel.answers.put("c", CompletableFuture.completedFuture(null));

		CompletableFuture<Void> delivered = outbox.deliver(outcome("a", "b", "c"), true);

		assertThat(channel.performed).containsExactly("a");
		assertThat(delivered).isNotDone();
		first.complete(10);

		assertThat(channel.performed).containsExactly("a", "b", "c");
		assertThat(channel.replies).containsOnly(true);
		assertThat(delivered).isCompleted();
		verify(dialogs).delivered(SESSION, List.of("a", "b", "c"), 11);
		verify(dialogs, never()).paused(any(), anyList(), any());
	}

	@Test
	void aFailureForNowPausesTheDeliveryConfirmsWhatWasDoneAndKeepsTheRestOwed() {
		channel.answers.put("a", CompletableFuture.completedFuture(5));
		channel.answers.put("b", CompletableFuture.failedFuture(new IllegalStateException("unreachable")));

		assertThat(outbox.deliver(outcome("a", "b", "c"), false)).isCompleted();

		assertThat(channel.performed).containsExactly("a", "b");
		verify(dialogs).paused(SESSION, List.of("a"), 5);
		verify(dialogs, never()).delivered(any(), anyList(), any());
	}

	@Test
	void aStepThatThrowsAtOnceCountsAsAFailureToo() {
		channel.thrown.put("a", new IllegalStateException("unreachable"));

		assertThat(outbox.deliver(outcome("a", "b"), false)).isCompleted();

		assertThat(channel.performed).containsExactly("a");
		verify(dialogs).paused(SESSION, List.of(), null);
	}

	@Test
	void anEntryRefusedForGoodIsDroppedAndTheDeliveryGoesOn() {
		channel.answers.put("b", CompletableFuture.failedFuture(new IllegalArgumentException("gone")));

		assertThat(outbox.deliver(outcome("a", "b", "c"), false)).isCompleted();

		assertThat(channel.performed).containsExactly("a", "b", "c");
		verify(dialogs).delivered(SESSION, List.of("a", "b", "c"), null);
		verify(dialogs, never()).paused(any(), anyList(), any());
	}

	@Test
	void entriesWithNothingToDoAreConfirmedWithoutACall() {
		channel.idle.add("b");

		outbox.deliver(outcome("a", "b"), false);

		assertThat(channel.performed).containsExactly("a");
		verify(dialogs).delivered(SESSION, List.of("a", "b"), null);
	}

	@Test
	void deliversWhatTheConfirmationLeavesToThisInstanceNext() {
		channel.answers.put("later", CompletableFuture.completedFuture(21));
		when(dialogs.delivered(SESSION, List.of("a"), null)).thenReturn(outcome("later"));

		assertThat(outbox.deliver(outcome("a"), true)).isCompleted();

		assertThat(channel.performed).containsExactly("a", "later");
		verify(dialogs).delivered(SESSION, List.of("later"), 21);
	}

	@Test
	void failsOnlyWhenTheConfirmationFails() {
		when(dialogs.delivered(eq(SESSION), anyList(), any())).thenThrow(new IllegalStateException("database away"));

		assertThat(outbox.deliver(outcome("a"), false)).isCompletedExceptionally();
	}

	private static Outcome outcome(String... keys) {
		List<Outgoing> entries = new ArrayList<>();
		for (String key : keys) {
			entries.add(new Outgoing(key, Action.SEND, null, Reply.of(key)));
		}
		return new Outcome(SESSION, 7, entries, null, false);
	}

	record TestStep(List<String> keys, Outgoing entry) implements OutboxDelivery.Step {
	}

	/** Answers each entry as told (done, no live prompt, by default); a thrown IllegalArgumentException is for good. */
	static final class FakeChannel implements OutboxDelivery.Channel<TestStep> {

		final Map<String, CompletableFuture<Integer>> answers = new HashMap<>();

		final Map<String, RuntimeException> thrown = new HashMap<>();

		final List<String> idle = new ArrayList<>();

		final List<String> performed = new ArrayList<>();

		final List<Boolean> replies = new ArrayList<>();

		@Override
		public List<TestStep> plan(long chatId, List<Outgoing> entries) {
			return entries.stream()
				.map(entry -> new TestStep(List.of(entry.key()), idle.contains(entry.key()) ? null : entry))
				.toList();
		}

		@Override
		public CompletableFuture<Integer> perform(Outcome owed, TestStep step, boolean reply) {
			String key = step.entry().key();
			performed.add(key);
			replies.add(reply);
			if (thrown.containsKey(key)) {
				throw thrown.get(key);
			}
			return answers.getOrDefault(key, CompletableFuture.completedFuture(null));
		}

		@Override
		public OutboxDelivery.Failure classify(Outgoing entry, Throwable error) {
			Throwable cause = error.getCause() != null ? error.getCause() : error;
			return cause instanceof IllegalArgumentException ? OutboxDelivery.Failure.permanentFailure(cause.getMessage())
					: OutboxDelivery.Failure.transientFailure(cause.getMessage());
		}

	}

}
