package dev.marketassist.bot.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import dev.marketassist.bot.inbound.ChatPipeline;
import dev.marketassist.bot.inbound.IncomingUpdate;
import dev.marketassist.bot.inbound.UndeliveredSweep;
import dev.marketassist.dialogs.Conversation;
import dev.marketassist.dialogs.Dialogs;
import dev.marketassist.dialogs.Inbound;
import dev.marketassist.dialogs.Input;
import dev.marketassist.dialogs.Outcome;
import dev.marketassist.dialogs.session.ChatSessions;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The sandbox as a channel of the conversations: inputs of the page go through a
 * {@link ChatPipeline} of its own (per-chat order, retries while MongoDB is away) into
 * {@link Dialogs}, and replies into the {@link Transcript}. A page request waits for its answer
 * up to the configured time, then tells the page to keep polling. The pipeline's meters stay in
 * a registry of their own, so the application's {@code market.updates.*} metrics count Telegram.
 */
class SandboxChannel implements AutoCloseable {

	private static final int WORKERS = 4;

	private final Dialogs dialogs;

	private final Transcript transcript;

	private final PendingAnswers answers = new PendingAnswers();

	private final SandboxDelivery delivery;

	private final ChatPipeline pipeline;

	private final Clock clock;

	private final Duration replyTimeout;

	private final AtomicLong lastUpdateId = new AtomicLong();

	/**
	 * What became of a request.
	 *
	 * @param notice a short text for a toast, or {@code null}
	 * @param pending whether the answer was not ready in time (it appears when it is)
	 */
	record Answer(String notice, boolean pending) {
	}

	SandboxChannel(Dialogs dialogs, ChatSessions sessions, Transcript transcript, Clock clock, Duration maxBackoff,
			Duration replyTimeout) {
		this.dialogs = dialogs;
		this.transcript = transcript;
		this.clock = clock;
		this.replyTimeout = replyTimeout;
		this.delivery = new SandboxDelivery(dialogs, transcript, answers, sessions);
		this.pipeline = new ChatPipeline(dialogs, delivery, WORKERS, maxBackoff, new SimpleMeterRegistry());
		// notifications (fee received, review results, order steps) appear at once, not at the next sweep
		dialogs.addDeliveryTrigger((chatId, sessionId) -> {
			if (Conversation.isSandboxChat(chatId)) {
				pipeline.enqueue(chatId, () -> deliverOwed(sessionId));
			}
		});
	}

	/** Hands the persona's input to the conversations and waits for the replies to be delivered. */
	Answer send(Persona persona, Input input) {
		String requestId = UUID.randomUUID().toString();
		var answered = answers.expect(requestId);
		Inbound inbound = new Inbound(nextUpdateId(), conversation(persona), input);
		pipeline.submit(new IncomingUpdate(inbound, requestId));
		try {
			return new Answer(answered.get(replyTimeout.toMillis(), TimeUnit.MILLISECONDS).text(), false);
		}
		catch (TimeoutException ex) {
			answers.forget(requestId);
			return new Answer(null, true);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Answer(null, true);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
	}

	/** Delivers what the persona's session still owes (after a crash or an outage), in order. */
	void catchUp(Persona persona) {
		String session = conversation(persona).sessionId();
		pipeline.enqueue(persona.userId(), () -> deliverOwed(session));
	}

	private void deliverOwed(String session) {
		Outcome owed = dialogs.pending(session);
		if (owed != null && !owed.deliveries().isEmpty()) {
			delivery.deliver(owed, null);
		}
	}

	/** The recovery sweep for the sandbox's chats (Telegram's sweep skips them). */
	UndeliveredSweep sweep() {
		return new UndeliveredSweep(dialogs, pipeline, delivery, Conversation::isSandboxChat, "undelivered-sweep-sandbox");
	}

	/** The persona as the conversations see it, in its current client language. */
	Conversation conversation(Persona persona) {
		return persona.conversation(language(persona));
	}

	String language(Persona persona) {
		return transcript.chat(persona.userId()).map(Transcript.Chat::language).orElse(persona.language());
	}

	/** Unique and increasing, also across restarts: microseconds of the clock, or one more than the last. */
	private long nextUpdateId() {
		long now = clock.millis() * 1000;
		return lastUpdateId.accumulateAndGet(now, (last, time) -> Math.max(last + 1, time));
	}

	@Override
	public void close() {
		pipeline.close();
	}

}
