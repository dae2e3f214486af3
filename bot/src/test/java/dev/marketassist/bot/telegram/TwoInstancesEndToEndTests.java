package dev.marketassist.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.marketassist.MarketAssistantApplication;
import dev.marketassist.benchmark.Uscc;
import dev.marketassist.provider.Provider;
import dev.marketassist.testing.SentMessage;
import dev.marketassist.testing.EndToEnd;
import dev.marketassist.testing.StandInBotApi;
import dev.marketassist.testing.TestMongo;
import dev.marketassist.testing.TgUser;
import dev.marketassist.testing.WebhookForwarder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Two application instances on one MongoDB in webhook mode behind a round-robin forwarder (issue
 * 17): instance A in this JVM (its embedded MongoDB bound to a free port), instance B in a child
 * JVM using A's MongoDB through {@code MONGODB_URI}, so that it can be killed for real (kill -9).
 * 20 sellers onboard at once, each answering every question it is shown as it is shown; B is
 * killed half-way; the survivor finishes every dialog. The stand-in Bot API records what each
 * chat got: no question twice (but for a re-send across the kill: B may have sent it just before it
 * died, and the survivor cannot know), every answer under its own field, every button press
 * answered, no edit that changes nothing, no reminder twice. The 30 s recovery sweep is off: what B
 * owed when it died reaches the sellers through the expired delivery leases alone.
 */
class TwoInstancesEndToEndTests {

	static final String SECRET = "two-instances_Secret";

	static final int SELLERS = 20;

	static final String KEY = "q3Jt0Lk3n2H5mQ8xV1cY7bZ4wR6tU9pA2sD5fG8hJ0k=";

	static final String FEE_REMINDER = "Reminder: the platform certification fee";

	/** The questions of the dialog (a fragment of each prompt) and the seller's answer to each. */
	static final List<String> QUESTIONS = List.of("Do you accept the agreement?", "enterprise real-name verification",
			"What is the company name", "What is the Unified Social Credit Code", "Who is the contact person",
			"contact person's phone number", "contact person's e-mail address", "What is the account holder",
			"Which bank holds the account", "Which branch", "What is the account number");

	StandInBotApi telegram;

	ConfigurableApplicationContext a;

	Process b;

	WebhookForwarder forwarder;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	final AtomicInteger answered = new AtomicInteger();

	@AfterEach
	void stop() {
		if (forwarder != null) {
			forwarder.close();
		}
		if (b != null) {
			b.destroyForcibly();
		}
		if (a != null) {
			a.close();
		}
		if (telegram != null) {
			telegram.allowNotModified(true); // counted and asserted by the test itself
			telegram.close();
		}
	}

	@Test
	void twentySellersOnboardAcrossTwoInstancesOneOfWhichIsKilledHalfWay() throws Exception {
		telegram = StandInBotApi.start(EndToEnd.TOKEN);
		telegram.roundTrip(Duration.ofMillis(100)); // a Bot API call takes a while, as across the internet
		TestMongo.Shared mongo = TestMongo.shared("two-instances");
		a = startA(mongo);
		b = startB(mongo);
		forwarder = WebhookForwarder.start(List.of(webhookUrl(a.getEnvironment().getProperty("local.server.port")),
				webhookUrl(String.valueOf(portB))));
		awaitReady(portB + 1);

		List<TgUser> sellers = new ArrayList<>();
		for (int i = 0; i < SELLERS; i++) {
			sellers.add(EndToEnd.english("Seller" + i));
		}
		ExecutorService pool = Executors.newFixedThreadPool(SELLERS);
		Map<TgUser, Future<?>> runs = new LinkedHashMap<>();
		for (int i = 0; i < SELLERS; i++) {
			int n = i;
			runs.put(sellers.get(i), pool.submit(() -> onboard(n, sellers.get(n))));
		}
		int total = SELLERS * (QUESTIONS.size() + 2);
		await().atMost(Duration.ofSeconds(120)).until(() -> answered.get() >= total / 2);
		b.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // kill -9, half-way
		long killedAt = System.nanoTime();
		for (Future<?> run : runs.values()) {
			run.get(150, TimeUnit.SECONDS);
		}
		pool.shutdown();
		System.out.printf("Two instances: every dialog finished %.1f s after instance B was killed%n",
				(System.nanoTime() - killedAt) / 1e9);

		// a question shown twice: allowed only as the take-over's re-send of what B may have sent just before it
		// was killed (at least once: nobody can know whether a call B made was answered); never otherwise
		Map<String, Integer> twice = new LinkedHashMap<>();
		int resentAfterKill = 0;
		for (TgUser seller : sellers) {
			for (String question : QUESTIONS) {
				List<Long> sentAt = sentAt(seller.chatId(), question);
				boolean acrossTheKill = sentAt.size() == 2 && sentAt.get(0) < killedAt && sentAt.get(1) > killedAt;
				if (acrossTheKill) {
					resentAfterKill++;
				}
				else if (sentAt.size() > 1) {
					twice.merge(question, 1, Integer::sum);
				}
			}
		}
		List<String> wrong = wrongFields(a.getBean(MongoTemplate.class));
		int notModified = telegram.notModifiedCount();
		System.out.printf("Two instances: questions shown twice %s (besides %d re-sent once across the kill), answers under a "
				+ "wrong field %d %s, 'not modified' edits %d%n", twice, resentAfterKill, wrong.size(), wrong, notModified);
		List<String> unanswered = awaitEmpty(telegram::unansweredCallbackQueries, Duration.ofSeconds(30));
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(sellers)
			.allSatisfy(seller -> assertThat(reminders(seller)).isGreaterThanOrEqualTo(1)));
		// a reminder goes out every few seconds until the fee is paid, each queued once under a key of its own:
		// a chat may have got fewer than were queued (on their way), never more
		long remindedTwice = sellers.stream().filter(seller -> {
			long got = reminders(seller);
			return got > remindersQueued(a.getBean(MongoTemplate.class), seller);
		}).count();
		System.out.printf("Two instances: unanswered button presses %s, sellers reminded twice %d%n", unanswered, remindedTwice);
		assertThat(twice).as("questions a seller was shown twice (by question)").isEmpty();
		assertThat(wrong).as("answers stored under another field").isEmpty();
		assertThat(notModified).as("edits that changed nothing").isZero();
		assertThat(unanswered).as("button presses never answered").isEmpty();
		assertThat(remindedTwice).as("sellers reminded twice").isZero();
	}

	/** What {@code current} gives once it is empty, or after {@code timeout} (no wait once it is). */
	private static List<String> awaitEmpty(java.util.function.Supplier<List<String>> current, Duration timeout) {
		try {
			await().atMost(timeout).until(() -> current.get().isEmpty());
		}
		catch (org.awaitility.core.ConditionTimeoutException still) {
			// reported by the caller
		}
		return current.get();
	}

	/** A seller who answers every question as it is shown (twice if it is shown twice, as people do). */
	private void onboard(int n, TgUser seller) {
		long chat = seller.chatId();
		push(telegram.injectText(seller, "/start"));
		SentMessage menu = telegram.awaitMessage(chat, m -> m.text().contains("Cloud Marketplace assistant"), Duration.ofSeconds(60));
		push(telegram.clickButton(seller, menu, "🏪 Become a seller"));
		answered.incrementAndGet();
		int seen = menu.messageId();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
		while (System.nanoTime() < deadline) {
			List<SentMessage> fresh = new ArrayList<>();
			for (SentMessage message : telegram.messages(chat)) {
				if (message.text().contains("you will pay the certification fee later")) {
					return; // the fee question, edited once answered: done
				}
				if (message.messageId() > seen) {
					fresh.add(message);
				}
			}
			if (fresh.isEmpty()) {
				pause();
				continue;
			}
			for (SentMessage message : fresh) {
				seen = Math.max(seen, message.messageId());
				answer(n, seller, message);
			}
		}
		throw new AssertionError("Seller " + n + " did not finish; the chat: " + telegram.messages(chat).stream()
			.map(SentMessage::text).toList());
	}

	private void answer(int n, TgUser seller, SentMessage message) {
		String text = message.text();
		if (text.contains("Please check your answers")) {
			press(seller, message, "✅ Submit");
		}
		else if (text.contains("Platform certification fee")) {
			press(seller, message, "Not now");
		}
		else if (text.contains(QUESTIONS.get(0))) {
			press(seller, message, "✅ I have read and accept the agreement");
		}
		else if (text.contains(QUESTIONS.get(1))) {
			press(seller, message, "Yes, it is verified");
		}
		else if (text.contains(QUESTIONS.get(2))) {
			type(seller, "Fleet Cloud " + n);
		}
		else if (text.contains(QUESTIONS.get(3))) {
			type(seller, uscc(n));
		}
		else if (text.contains(QUESTIONS.get(4))) {
			type(seller, "Contact " + n);
		}
		else if (text.contains(QUESTIONS.get(5))) {
			push(telegram.injectContact(seller, "+86 138 1234 56" + String.format("%02d", n)));
			answered.incrementAndGet();
		}
		else if (text.contains(QUESTIONS.get(6))) {
			press(seller, message, "Skip »");
		}
		else if (text.contains(QUESTIONS.get(7))) {
			type(seller, "Holder " + n);
		}
		else if (text.contains(QUESTIONS.get(8))) {
			type(seller, "China Merchants Bank");
		}
		else if (text.contains(QUESTIONS.get(9))) {
			type(seller, "Branch " + n);
		}
		else if (text.contains(QUESTIONS.get(10))) {
			type(seller, "6222 0202 0011 22" + String.format("%02d", n));
		}
	}

	private void type(TgUser seller, String text) {
		push(telegram.injectText(seller, text));
		answered.incrementAndGet();
	}

	private void press(TgUser seller, SentMessage message, String button) {
		if (message.button(button).isEmpty()) {
			return; // its buttons are gone already (an older copy of the question)
		}
		push(telegram.clickButton(seller, message, button));
		answered.incrementAndGet();
	}

	/** What Telegram does with a webhook update: POSTs it until it is answered 2xx. */
	private void push(long updateId) {
		String json = telegram.injectedUpdate(updateId).toString();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (true) {
			try {
				HttpResponse<Void> response = http.send(HttpRequest.newBuilder(forwarder.uri())
					.timeout(Duration.ofSeconds(30))
					.header("Content-Type", "application/json")
					.header("X-Telegram-Bot-Api-Secret-Token", SECRET)
					.POST(HttpRequest.BodyPublishers.ofString(json))
					.build(), HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() / 100 == 2) {
					return;
				}
			}
			catch (java.io.IOException ex) {
				// Telegram retries an update that failed
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Update " + updateId + " was never accepted");
			}
			pause();
		}
	}

	private List<String> wrongFields(MongoTemplate mongo) {
		List<String> wrong = new ArrayList<>();
		for (int n = 0; n < SELLERS; n++) {
			Provider provider = mongo.findOne(Query.query(Criteria.where("uscc").is(uscc(n))), Provider.class);
			if (provider == null) {
				wrong.add("seller " + n + ": no provider with its USCC");
				continue;
			}
			check(wrong, n, "company", provider.getCompanyName(), "Fleet Cloud " + n);
			check(wrong, n, "contact", provider.getContactName(), "Contact " + n);
			check(wrong, n, "holder", provider.getAccountHolder(), "Holder " + n);
			check(wrong, n, "bank", provider.getBankName(), "China Merchants Bank");
			check(wrong, n, "branch", provider.getBankBranch(), "Branch " + n);
			check(wrong, n, "account", provider.getBankAccountMasked(), "**** **** 22" + String.format("%02d", n));
		}
		return wrong;
	}

	private static void check(List<String> wrong, int n, String field, String stored, String typed) {
		if (!typed.equals(stored)) {
			wrong.add("seller " + n + " " + field + ": " + stored);
		}
	}

	private long reminders(TgUser seller) {
		return telegram.messages(seller.chatId()).stream().filter(m -> m.text().contains(FEE_REMINDER)).count();
	}

	/** When each message of the chat asking {@code question} was sent (System.nanoTime at the stand-in). */
	private List<Long> sentAt(long chat, String question) {
		List<Integer> ids = telegram.messages(chat).stream().filter(m -> m.text().contains(question)).map(SentMessage::messageId).toList();
		List<Long> times = new ArrayList<>();
		for (var call : telegram.calls("sendMessage")) {
			if (call.ok() && Long.valueOf(chat).equals(call.chatId()) && ids.contains(call.result().path("message_id").asInt())) {
				times.add(call.nanoTime());
			}
		}
		return times;
	}

	private static long remindersQueued(MongoTemplate mongo, TgUser seller) {
		org.bson.Document session = mongo.findById(seller.chatId() + ":" + seller.id(), org.bson.Document.class, "chat_sessions");
		return session.getList("recentNotifications", String.class).stream().filter(key -> key.contains(":reminder:")).count();
	}

	private static String uscc(int n) {
		return Uscc.number(170_000 + n);
	}

	// ------------------------------------------------------------------ the two instances

	int portB;

	/** Settings both instances share (besides MongoDB, the key and the Bot API). */
	private List<String> common() {
		return List.of("--market.telegram.mode=webhook", "--market.telegram.webhook-url=https://bot.example.test/telegram/webhook",
				"--market.telegram.webhook-secret=" + SECRET, "--market.sandbox.enabled=false",
				"--market.payments.reminder-after=5s", "--market.dialogs.sweep-initial-delay=1h", "--market.jobs.initial-delay=1s", "--market.jobs.interval=1s",
				"--logging.level.root=WARN", "--logging.level.dev.marketassist=INFO");
	}

	private ConfigurableApplicationContext startA(TestMongo.Shared mongo) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
				"--market.encryption.key=" + KEY, "--market.telegram.token=" + EndToEnd.TOKEN,
				"--market.telegram.api-url=" + telegram.baseUrl(), "--market.dialogs.instance-id=instance-a"));
		args.addAll(mongo.applicationArguments());
		args.addAll(common());
		return new SpringApplicationBuilder(MarketAssistantApplication.class).run(args.toArray(String[]::new));
	}

	private Process startB(TestMongo.Shared mongo) throws Exception {
		portB = WebhookForwarder.freePortPair();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), MarketAssistantApplication.class.getName()));
		command.addAll(common());
		ProcessBuilder builder = new ProcessBuilder(command);
		Map<String, String> env = builder.environment();
		env.put("MONGODB_URI", mongo.uri());
		env.put("MARKET_ENCRYPTION_KEY", KEY);
		env.put("MARKET_INSTANCE_ID", "instance-b");
		env.put("TELEGRAM_BOT_TOKEN", EndToEnd.TOKEN);
		env.put("TELEGRAM_API_URL", telegram.baseUrl());
		env.put("SERVER_PORT", String.valueOf(portB));
		env.put("MANAGEMENT_SERVER_PORT", String.valueOf(portB + 1));
		File log = Path.of("target", "two-instances", "instance-b.log").toFile();
		Files.createDirectories(log.toPath().getParent());
		builder.redirectErrorStream(true).redirectOutput(log);
		return builder.start();
	}

	private void awaitReady(int managementPort) {
		URI readiness = URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness");
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() -> {
			assertThat(b.isAlive()).as("instance B runs (see target/two-instances/instance-b.log)").isTrue();
			return http.send(HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		});
	}

	private static URI webhookUrl(String port) {
		return URI.create("http://127.0.0.1:" + port + "/telegram/webhook");
	}

	private static void pause() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
