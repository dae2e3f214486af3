package dev.marketassist.bot.sending;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RateLimitedTelegramSenderTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final FakeTelegram telegram = new FakeTelegram();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private RateLimitedTelegramSender sender;

	@AfterEach
	void close() {
		if (this.sender != null) {
			this.sender.close();
		}
	}

	@Test
	void keepsTheOrderOfEachSubmitterWithinAChatAndNeverOverlapsCallsOfAChat() throws Exception {
		this.telegram.always(() -> LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(200_000)));
		start(fast());
		Map<Long, List<String>> completed = new ConcurrentHashMap<>();
		List<CompletableFuture<Message>> all = Collections.synchronizedList(new ArrayList<>());
		ExecutorService submitters = Executors.newFixedThreadPool(4);
		for (int thread = 0; thread < 4; thread++) {
			String name = "t" + thread;
			submitters.execute(() -> {
				for (int i = 0; i < 50; i++) {
					for (long chat = 1; chat <= 3; chat++) {
						long chatId = chat;
						all.add(this.sender.send(chatId, text(chatId, name + "-" + i)).whenComplete((message,
								error) -> completed.computeIfAbsent(chatId, (id) -> Collections.synchronizedList(new ArrayList<>()))
									.add(message.getText())));
					}
				}
			});
		}
		submitters.shutdown();
		assertThat(submitters.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);

		assertThat(this.telegram.overlapped).isFalse();
		for (long chat = 1; chat <= 3; chat++) {
			List<String> arrived = this.telegram.to(chat).stream().map(FakeTelegram.Received::text).toList();
			assertThat(arrived).hasSize(200);
			assertThat(completed.get(chat)).containsExactlyElementsOf(arrived);
			for (int thread = 0; thread < 4; thread++) {
				String prefix = "t" + thread + "-";
				List<Integer> fromThread = arrived.stream()
					.filter((t) -> t.startsWith(prefix))
					.map((t) -> Integer.parseInt(t.substring(prefix.length())))
					.toList();
				assertThat(fromThread).isSorted().hasSize(50);
			}
		}
	}

	@Test
	void completesOneChatsCallsInSubmissionOrder() throws Exception {
		start(fast());
		List<CompletableFuture<Message>> futures = new ArrayList<>();
		List<Integer> completion = Collections.synchronizedList(new ArrayList<>());
		for (int i = 0; i < 50; i++) {
			int n = i;
			futures.add(this.sender.send(7, text(7, "m" + i)).whenComplete((m, e) -> completion.add(n)));
		}
		futures.get(49).get(10, TimeUnit.SECONDS);
		assertThat(completion).containsExactlyElementsOf(range(50));
	}

	@Test
	void pacesAPrivateChatAfterItsBurst() throws Exception {
		start(new SendingSettings(10, 3, 0, 1000, 4, null, null, 0));
		sendAndWait(42, 13);
		List<FakeTelegram.Received> arrived = this.telegram.to(42);
		// 3 at once, then 10 more at 10 per second
		assertThat(elapsedMillis(arrived, 0, 2)).isLessThan(600);
		assertThat(elapsedMillis(arrived, 0, 12)).isBetween(850L, 6000L);
	}

	@Test
	void pacesAGroupPerMinuteButNotAPrivateChat() throws Exception {
		start(new SendingSettings(1000, 3, 600, 1000, 4, null, null, 0));
		sendAndWait(-100, 13);
		sendAndWait(100, 13);
		// a group of 600/min gets its 3-message burst, then about 10 per second
		assertThat(elapsedMillis(this.telegram.to(-100), 0, 12)).isBetween(850L, 6000L);
		assertThat(elapsedMillis(this.telegram.to(100), 0, 12)).isLessThan(800L);
	}

	@Test
	void pacesAllChatsTogether() throws Exception {
		start(new SendingSettings(1000, 1000, 0, 50, 8, null, null, 0));
		List<CompletableFuture<Message>> futures = new ArrayList<>();
		for (long chat = 1; chat <= 100; chat++) {
			futures.add(this.sender.send(chat, text(chat, "hello")));
		}
		CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
		List<FakeTelegram.Received> arrived = inTimeOrder(this.telegram.received);
		// a 25-message catch-up burst, then 50 per second, and never more than 51 in a second
		assertThat(mostInOneSecond(arrived)).isLessThanOrEqualTo(51);
		assertThat(elapsedMillis(arrived, 0, 99)).isBetween(990L, 8000L);
	}

	/*
	 * A chat's 429 holds that chat and background work, not replies to other chats nor callback
	 * answers (before issue 12 it paused everything: one flooded chat held every user's reply).
	 */
	@Test
	void floodWaitHoldsItsChatAndBackgroundWorkThenRetriesTheSameCallFirst() throws Exception {
		this.telegram.script(1, FakeTelegram.floodWait(1));
		start(fast());
		CompletableFuture<Message> first = this.sender.send(1, text(1, "a1"));
		await().atMost(WAIT).until(() -> counter("market.telegram.rate_limited") == 1.0);
		long limitedAt = this.telegram.received.get(0).atNanos();
		CompletableFuture<Message> second = this.sender.send(1, text(1, "a2"), Priority.REPLY);
		CompletableFuture<Message> background = this.sender.send(2, text(2, "b1"));
		CompletableFuture<Message> reply = this.sender.send(3, text(3, "c1"), Priority.REPLY);
		CompletableFuture<Boolean> answer = this.sender.sendNow(callbackAnswer());

		CompletableFuture.allOf(reply, answer).get(10, TimeUnit.SECONDS);
		assertThat(first.get(10, TimeUnit.SECONDS).getText()).isEqualTo("a1");
		CompletableFuture.allOf(second, background).get(10, TimeUnit.SECONDS);
		assertThat(this.telegram.to(1)).extracting(FakeTelegram.Received::text).containsExactly("a1", "a1", "a2");
		List<FakeTelegram.Received> arrived = inTimeOrder(this.telegram.received);
		// the reply to chat 3 and the callback answer went before the flooded chat's retry and the background message
		assertThat(arrived.subList(1, 3)).extracting(FakeTelegram.Received::chatId).containsExactlyInAnyOrder("3", "-");
		assertThat(this.telegram.to(1).get(1).atNanos() - limitedAt).isGreaterThan(TimeUnit.MILLISECONDS.toNanos(900));
		assertThat(this.telegram.to(2).get(0).atNanos() - limitedAt).isGreaterThan(TimeUnit.MILLISECONDS.toNanos(900));
		assertThat(counter("market.telegram.rate_limited")).isEqualTo(1.0);
	}

	/* Two chats flooded within a second, or a call without a chat: the bot's overall limit, everything waits. */
	@Test
	void floodWaitOfTwoChatsPausesEverything() throws Exception {
		this.telegram.script(1, FakeTelegram.floodWait(1));
		this.telegram.script(2, FakeTelegram.floodWait(1));
		start(fast());
		CompletableFuture<Message> one = this.sender.send(1, text(1, "a1"), Priority.REPLY);
		CompletableFuture<Message> two = this.sender.send(2, text(2, "b1"), Priority.REPLY);
		await().atMost(WAIT).until(() -> counter("market.telegram.rate_limited") == 2.0);
		long limitedAt = inTimeOrder(this.telegram.received).get(1).atNanos();
		CompletableFuture<Message> reply = this.sender.send(3, text(3, "c1"), Priority.REPLY);
		CompletableFuture<Boolean> answer = this.sender.sendNow(callbackAnswer());
		CompletableFuture.allOf(one, two, reply, answer).get(10, TimeUnit.SECONDS);
		assertThat(this.telegram.received.subList(2, 6))
			.allSatisfy((r) -> assertThat(r.atNanos() - limitedAt).isGreaterThan(TimeUnit.MILLISECONDS.toNanos(900)));
	}

	/* Background work waits behind replies: a reply queued after 20 paced messages goes long before them. */
	@Test
	void aReplyOvertakesPacedBackgroundWorkAndIsNotHeldByItsChatsBucket() throws Exception {
		start(new SendingSettings(1, 1, 0, 2, 2, Duration.ofMillis(10), Duration.ofMillis(50), 3));
		List<CompletableFuture<Message>> background = new ArrayList<>();
		for (long chat = 1; chat <= 20; chat++) {
			background.add(this.sender.send(chat, text(chat, "reminder")));
		}
		List<CompletableFuture<Message>> replies = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			replies.add(this.sender.send(100, text(100, "reply " + i), Priority.REPLY));
		}
		CompletableFuture.allOf(replies.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
		// three replies to one chat whose bucket holds one, and the budget is 2 messages/s
		long delivered = background.stream().filter(CompletableFuture::isDone).count();
		assertThat(delivered).isLessThan(10);
		assertThat(this.telegram.to(100)).extracting(FakeTelegram.Received::text)
			.containsExactly("reply 0", "reply 1", "reply 2");
	}

	/* An attempt whose answer never comes (a stalled connection) is retried after callTimeout, not waited for ever. */
	@Test
	void retriesACallWhoseAnswerNeverComes() throws Exception {
		this.telegram.script(7, FakeTelegram.waitFor(new CountDownLatch(1)));
		start(new SendingSettings(1000, 1000, 100_000, 1000, 4, Duration.ofMillis(10), Duration.ofMillis(50), 3, 0,
				Duration.ofMillis(300)));
		assertThat(this.sender.send(7, text(7, "hi")).get(10, TimeUnit.SECONDS).getText()).isEqualTo("hi");
		assertThat(this.telegram.to(7)).hasSize(2);
		assertThat(counter("market.telegram.retries", "reason", "io")).isEqualTo(1.0);
	}

	@Test
	void retriesServerErrorsWithBackoff() throws Exception {
		this.telegram.script(7, FakeTelegram.error(502, "Bad Gateway"),
				FakeTelegram.error(500, "Internal Server Error"));
		start(fast());
		assertThat(this.sender.send(7, text(7, "hi")).get(10, TimeUnit.SECONDS).getText()).isEqualTo("hi");
		assertThat(this.telegram.to(7)).hasSize(3);
		assertThat(counter("market.telegram.retries", "reason", "server")).isEqualTo(2.0);
		assertThat(counter("market.telegram.sent", "method", "sendmessage")).isEqualTo(1.0);
	}

	@Test
	void retriesNetworkFailures() throws Exception {
		this.telegram.script(7, () -> {
			throw new TelegramApiException("Unable to execute sendmessage method", new ConnectException("refused"));
		}, () -> {
			throw new TelegramApiRequestException("Unable to deserialize response", new IOException("bad body"));
		});
		start(fast());
		assertThat(this.sender.send(7, text(7, "hi")).get(10, TimeUnit.SECONDS).getText()).isEqualTo("hi");
		assertThat(this.telegram.to(7)).hasSize(3);
		assertThat(counter("market.telegram.retries", "reason", "io")).isEqualTo(2.0);
	}

	@Test
	void failsAfterMaxAttemptsAndFreesTheChat() throws Exception {
		FakeTelegram.Behaviour down = FakeTelegram.error(500, "Internal Server Error");
		this.telegram.script(9, down, down, down);
		start(fast());
		CompletableFuture<Message> doomed = this.sender.send(9, text(9, "lost"));
		CompletableFuture<Message> next = this.sender.send(9, text(9, "next"));

		DeliveryFailed failure = failureOf(doomed);
		assertThat(failure.errorCode()).isEqualTo(500);
		assertThat(failure.permanent()).isFalse();
		assertThat(next.get(10, TimeUnit.SECONDS).getText()).isEqualTo("next");
		assertThat(this.telegram.to(9)).extracting(FakeTelegram.Received::text)
			.containsExactly("lost", "lost", "lost", "next");
		assertThat(counter("market.telegram.failures", "code", "500")).isEqualTo(1.0);
	}

	@Test
	void doesNotRetryABadRequest() {
		this.telegram.script(3, FakeTelegram.error(400, "Bad Request: message text is empty"));
		start(fast());
		DeliveryFailed failure = failureOf(this.sender.send(3, text(3, "x")));
		assertThat(failure.errorCode()).isEqualTo(400);
		assertThat(failure.permanent()).isTrue();
		assertThat(failure.blockedByUser()).isFalse();
		assertThat(failure.description()).isEqualTo("Bad Request: message text is empty");
		assertThat(this.telegram.to(3)).hasSize(1);
		assertThat(this.meters.find("market.telegram.retries").counter()).isNull();
		assertThat(counter("market.telegram.failures", "code", "400")).isEqualTo(1.0);
	}

	@Test
	void tellsWhenTheUserBlockedTheBot() {
		this.telegram.script(4, FakeTelegram.error(403, "Forbidden: bot was blocked by the user"));
		this.telegram.script(-4, FakeTelegram.error(403, "Forbidden: bot was kicked from the group chat"));
		start(fast());
		DeliveryFailed blocked = failureOf(this.sender.send(4, text(4, "x")));
		DeliveryFailed kicked = failureOf(this.sender.send(-4, text(-4, "x")));
		assertThat(blocked.blockedByUser()).isTrue();
		assertThat(blocked.permanent()).isTrue();
		assertThat(kicked.blockedByUser()).isFalse();
		assertThat(this.telegram.received).hasSize(2);
	}

	@Test
	void sendNowDoesNotWaitBehindASlowChat() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		this.telegram.script(5, FakeTelegram.waitFor(release));
		start(fast());
		CompletableFuture<Message> slow = this.sender.send(5, text(5, "slow"));
		CompletableFuture<Message> behind = this.sender.send(5, text(5, "behind"));
		await().atMost(WAIT).until(() -> this.telegram.to(5).size() == 1);

		assertThat(this.sender.sendNow(callbackAnswer()).get(5, TimeUnit.SECONDS)).isTrue();
		assertThat(behind).isNotDone();
		assertThat(this.meters.get("market.telegram.queue.size").gauge().value()).isEqualTo(1.0);
		release.countDown();
		assertThat(behind.get(10, TimeUnit.SECONDS).getText()).isEqualTo("behind");
		assertThat(slow).isCompleted();
	}

	@Test
	void sendsDocumentsInTheirChatsOrderAndWebhooksAtOnce() throws Exception {
		start(fast());
		CompletableFuture<Message> text = this.sender.send(8, text(8, "before"));
		CompletableFuture<Message> document = this.sender.send(8,
				SendDocument.builder().chatId(8L).document(new InputFile("file-id")).build());
		CompletableFuture<Boolean> webhook = this.sender.sendNow(SetWebhook.builder().url("https://example.org/hook").build());
		CompletableFuture.allOf(text, document, webhook).get(10, TimeUnit.SECONDS);
		assertThat(this.telegram.received).extracting(FakeTelegram.Received::method)
			.containsSubsequence("sendmessage", "senddocument")
			.contains("setWebhook");
		assertThat(webhook.get()).isTrue();
	}

	@Test
	void closeFailsWaitingCallsAndLetsTheOneInFlightFinish() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		this.telegram.script(5, FakeTelegram.waitFor(release));
		start(fast());
		CompletableFuture<Message> inFlight = this.sender.send(5, text(5, "in flight"));
		CompletableFuture<Message> waiting = this.sender.send(5, text(5, "waiting"));
		await().atMost(WAIT).until(() -> this.telegram.to(5).size() == 1);

		CompletableFuture<Void> closing = CompletableFuture.runAsync(this.sender::close);
		assertThatThrownBy(() -> waiting.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(RejectedExecutionException.class);
		assertThatThrownBy(() -> this.sender.send(6, text(6, "late")).get(5, TimeUnit.SECONDS))
			.hasCauseInstanceOf(RejectedExecutionException.class);
		release.countDown();
		closing.get(5, TimeUnit.SECONDS);
		assertThat(inFlight.get(1, TimeUnit.SECONDS).getText()).isEqualTo("in flight");
		assertThat(this.telegram.to(5)).hasSize(1);
	}

	@Test
	void closeGivesUpOnACallThatOutlastsTheGrace() throws Exception {
		this.telegram.script(5, FakeTelegram.waitFor(new CountDownLatch(1)));
		start(fast());
		CompletableFuture<Message> stuck = this.sender.send(5, text(5, "stuck"));
		await().atMost(WAIT).until(() -> this.telegram.to(5).size() == 1);
		long started = System.nanoTime();
		this.sender.close();
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isBetween(1500L, 5000L);
		assertThat(stuck).isCompletedExceptionally();
	}

	private void start(SendingSettings settings) {
		this.sender = new RateLimitedTelegramSender(this.telegram.client, settings, this.meters);
	}

	private static SendingSettings fast() {
		return new SendingSettings(1000, 1000, 100_000, 1000, 4, Duration.ofMillis(10), Duration.ofMillis(50), 3);
	}

	private void sendAndWait(long chatId, int count) throws Exception {
		CompletableFuture<Message> last = null;
		for (int i = 0; i < count; i++) {
			last = this.sender.send(chatId, text(chatId, "m" + i));
		}
		last.get(10, TimeUnit.SECONDS);
	}

	private static SendMessage text(long chatId, String text) {
		return SendMessage.builder().chatId(chatId).text(text).build();
	}

	private static AnswerCallbackQuery callbackAnswer() {
		return AnswerCallbackQuery.builder().callbackQueryId("q1").build();
	}

	private static DeliveryFailed failureOf(CompletableFuture<?> future) {
		Throwable error = future.handle((result, ex) -> ex).orTimeout(10, TimeUnit.SECONDS).join();
		assertThat(error).isInstanceOf(DeliveryFailed.class);
		return (DeliveryFailed) error;
	}

	private double counter(String name, String... tags) {
		var counter = this.meters.find(name).tags(tags).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static long elapsedMillis(List<FakeTelegram.Received> arrived, int from, int to) {
		return TimeUnit.NANOSECONDS.toMillis(arrived.get(to).atNanos() - arrived.get(from).atNanos());
	}

	private static List<FakeTelegram.Received> inTimeOrder(List<FakeTelegram.Received> received) {
		return received.stream().sorted(Comparator.comparingLong(FakeTelegram.Received::atNanos)).toList();
	}

	private static int mostInOneSecond(List<FakeTelegram.Received> arrived) {
		int most = 0;
		for (int i = 0, j = 0; i < arrived.size(); i++) {
			while (arrived.get(i).atNanos() - arrived.get(j).atNanos() >= TimeUnit.SECONDS.toNanos(1)) {
				j++;
			}
			most = Math.max(most, i - j + 1);
		}
		return most;
	}

	private static List<Integer> range(int count) {
		List<Integer> numbers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			numbers.add(i);
		}
		return numbers;
	}

}
