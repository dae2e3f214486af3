package dev.marketassist.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import dev.marketassist.testing.ApiCall;
import dev.marketassist.testing.SentMessage;
import dev.marketassist.testing.StandInBotApi;
import dev.marketassist.testing.TgUser;

/**
 * Simulated users, all at once, each sending its next input as soon as the previous reply
 * arrives at the stand-in. Records when each update became available (enqueued at the stand-in).
 */
final class ChatDriver {

	/** One step of a script: what the user does, and a fragment of the reply to wait for. */
	record Step(String text, String button, boolean contact, String expect) {

		static Step text(String text, String expect) {
			return new Step(text, null, false, expect);
		}

		static Step press(String button, String expect) {
			return new Step(null, button, false, expect);
		}

		static Step contact(String phone, String expect) {
			return new Step(phone, null, true, expect);
		}

	}

	record Sent(long chatId, long nanoTime) {
	}

	record Result(int updates, double seconds, List<Long> latenciesNanos, int errors, List<String> errorSamples) {

		double perSecond() {
			return this.updates / this.seconds;
		}

		double percentileMillis(double p) {
			if (this.latenciesNanos.isEmpty()) {
				return Double.NaN;
			}
			List<Long> sorted = new ArrayList<>(this.latenciesNanos);
			sorted.sort(null);
			int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
			return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
		}

	}

	interface Script {

		List<Step> steps(int user);

	}

	private final StandInBotApi telegram;

	private final Duration timeout;

	/** The bot's messages per followed chat, as the stand-in reports them (no waking every waiter on each call). */
	private final Map<Long, BlockingQueue<SentMessage>> inboxes = new ConcurrentHashMap<>();

	ChatDriver(StandInBotApi telegram, Duration timeout) {
		this.telegram = telegram;
		this.timeout = timeout;
		telegram.onBotMessage((message) -> {
			BlockingQueue<SentMessage> inbox = this.inboxes.get(message.chatId());
			if (inbox != null) {
				inbox.add(message);
			}
		});
	}

	/** Waits for the bot's message in the user's chat that satisfies {@code condition}. */
	private SentMessage await(BlockingQueue<SentMessage> inbox, long chatId, Predicate<SentMessage> condition)
			throws InterruptedException {
		long deadline = System.nanoTime() + this.timeout.toNanos();
		while (true) {
			SentMessage message = inbox.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			if (message == null) {
				// report what the chat holds, as the stand-in's own wait does
				return this.telegram.awaitMessage(chatId, condition, Duration.ZERO);
			}
			if (condition.test(message)) {
				return message;
			}
		}
	}

	Result run(List<TgUser> users, Script script) throws Exception {
		return run(users, script, Duration.ZERO);
	}

	/**
	 * Like {@link #run(List, Script)}, but each user answers at most once per {@code pause} (the next
	 * answer goes {@code pause} after the previous one, or as soon as the reply came if that is later),
	 * and with a pause the users start spread over the first {@code pause}, as people do.
	 */
	Result run(List<TgUser> users, Script script, Duration pause) throws Exception {
		ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
		AtomicInteger updates = new AtomicInteger();
		ExecutorService threads = Executors.newFixedThreadPool(users.size());
		int callsBefore = this.telegram.calls().size();
		long start = System.nanoTime();
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < users.size(); i++) {
				TgUser user = users.get(i);
				List<Step> steps = script.steps(i);
				BlockingQueue<SentMessage> inbox = new LinkedBlockingQueue<>();
				this.inboxes.put(user.chatId(), inbox);
				long offset = pause.isZero() ? 0 : pause.toNanos() * i / users.size();
				running.add(threads.submit(() -> {
					SentMessage last = null;
					long next = System.nanoTime() + offset;
					try {
						for (Step step : steps) {
							int known = (last != null) ? last.messageId() : 0;
							long wait = next - System.nanoTime();
							if (wait > 0) {
								TimeUnit.NANOSECONDS.sleep(wait);
							}
							long now = System.nanoTime();
							next = now + pause.toNanos();
							sent.add(new Sent(user.chatId(), now));
							if (step.button() != null) {
								this.telegram.clickButton(user, last, step.button());
							}
							else if (step.contact()) {
								this.telegram.injectContact(user, step.text());
							}
							else {
								this.telegram.injectText(user, step.text());
							}
							updates.incrementAndGet();
							last = await(inbox, user.chatId(),
									(m) -> m.messageId() > known && m.text().contains(step.expect()));
						}
					}
					catch (Throwable ex) {
						errors.add(user.chatId() + ": " + ex.getMessage());
					}
				}));
			}
			for (Future<?> future : running) {
				future.get(30, TimeUnit.MINUTES);
			}
		}
		finally {
			threads.shutdownNow();
			users.forEach((user) -> this.inboxes.remove(user.chatId()));
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		List<ApiCall> calls = this.telegram.calls();
		List<ApiCall> window = calls.subList(callsBefore, calls.size());
		Map<Long, List<Long>> sendsByChat = new HashMap<>();
		int failedCalls = 0;
		List<String> samples = new ArrayList<>(errors);
		for (ApiCall call : window) {
			if (!call.ok()) {
				failedCalls++;
				if (samples.size() < 5) {
					samples.add(call.toString());
				}
			}
			if (call.method().equals("sendmessage") && call.ok() && call.chatId() != null) {
				sendsByChat.computeIfAbsent(call.chatId(), (chat) -> new ArrayList<>()).add(call.nanoTime());
			}
		}
		List<Long> latencies = new ArrayList<>();
		for (Sent update : sent) {
			List<Long> sends = sendsByChat.getOrDefault(update.chatId(), List.of());
			for (long at : sends) {
				if (at >= update.nanoTime()) {
					latencies.add(at - update.nanoTime());
					break;
				}
			}
		}
		return new Result(updates.get(), seconds, latencies, errors.size() + failedCalls, samples);
	}

}
