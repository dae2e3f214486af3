package dev.marketassist.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import dev.marketassist.MarketAssistantApplication;
import dev.marketassist.core.schedule.DueTask;
import dev.marketassist.core.schedule.DueTasks;
import dev.marketassist.dialogs.Dialogs;
import dev.marketassist.dialogs.Reply;
import dev.marketassist.dialogs.session.ChatSession;
import dev.marketassist.dialogs.session.ChatSessions;
import dev.marketassist.order.OrderFollowUps;
import dev.marketassist.testing.StandInBotApi;
import dev.marketassist.testing.TgUser;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static dev.marketassist.benchmark.ChatDriver.Step.contact;
import static dev.marketassist.benchmark.ChatDriver.Step.press;
import static dev.marketassist.benchmark.ChatDriver.Step.text;

/**
 * The performance benchmark (issue 8): starts the application with the embedded MongoDB against the
 * stand-in Bot API and prints a table of figures against their targets. Not part of {@code mvn verify};
 * run it with {@code mvn -B -pl bot -am -Pbenchmark test -DskipTests} (see the README). Sizes:
 * {@code -Dbenchmark.sellers=200 -Dbenchmark.reminders=2000 -Dbenchmark.sweep.totals=10000,100000
 * -Dbenchmark.sessions=10000 -Dbenchmark.few-sellers=10 -Dbenchmark.round-trip-ms=100} (item 3);
 * {@code -Dbenchmark.items=2,4} runs some items only; {@code -Dbenchmark.backend=h2} (default memory);
 * {@code -Dbenchmark.jfr=file.jfr} records the dialog path with JDK Flight Recorder.
 */
@EnabledIfSystemProperty(named = "market.benchmark", matches = "true")
class MarketBenchmark {

	private static final String TOKEN = "123456789:BENCH-token_for-the-stand-in";

	/** The batch the application's order sweep claims at a time ({@code OrderJobs}). */
	private static final int SWEEP_BATCH = 50;

	private final List<String[]> rows = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	private long nextUser = 800_000_000L;

	@Test
	void run() throws Exception {
		int sellers = Integer.getInteger("benchmark.sellers", 200);
		int reminders = Integer.getInteger("benchmark.reminders", 2000);
		int sessions = Integer.getInteger("benchmark.sessions", 10_000);
		String[] totals = System.getProperty("benchmark.sweep.totals", "10000,100000").split(",");
		String items = System.getProperty("benchmark.items", "1,2,3,4,5");
		Path data = Files.createTempDirectory("market-benchmark");

		double echo = Double.NaN;
		if (items.contains("1") || items.contains("2")) {
			progress("1. echo floor");
			echo = echoFloor(sellers);
		}
		if (items.contains("2") || items.contains("5")) try (StandInBotApi telegram = StandInBotApi.start(TOKEN)) {
			// items 2 and 5: the application's own pacing relaxed as the stand-in's flood limits are off
			ConfigurableApplicationContext app = start(telegram, data.resolve("a"),
					"--market.telegram.sending.global-per-second=100000");
			try {
				if (items.contains("2")) {
					progress("2. dialog path");
					dialogPath(telegram, app, sellers, echo);
				}
				if (items.contains("5")) {
					progress("5. memory");
					memory(telegram, app, sessions);
				}
			}
			finally {
				app.close();
			}
		}
		if (items.contains("3") || items.contains("4")) try (StandInBotApi telegram = StandInBotApi.start(TOKEN)) {
			// items 3 and 4: production sending settings (29 messages/s overall)
			ConfigurableApplicationContext app = start(telegram, data.resolve("b"));
			try {
				if (items.contains("3")) {
					progress("3. pacing");
					pacing(telegram, app, reminders);
				}
				for (String total : items.contains("4") ? totals : new String[0]) {
					progress("4. sweep " + total);
					sweep(app, Integer.parseInt(total.trim()));
				}
			}
			finally {
				app.close();
			}
		}
		print();
	}

	private ConfigurableApplicationContext start(StandInBotApi telegram, Path data, String... extra) {
		List<String> args = new ArrayList<>(List.of("--server.port=0",
				"--market.embedded-mongo.backend=" + System.getProperty("benchmark.backend", "memory"),
				"--market.embedded-mongo.data-dir=" + data, "--market.telegram.token=" + TOKEN,
				"--market.telegram.api-url=" + telegram.baseUrl(), "--market.telegram.mode=polling",
				"--market.mongo.timeout=10s", "--market.orders.sweep-initial-delay=1h", "--market.orders.sweep-interval=1h",
				"--market.jobs.initial-delay=1h", "--market.dialogs.sweep-initial-delay=1h",
				"--logging.level.dev.marketassist=WARN", "--logging.level.org.springframework=WARN",
				"--logging.level.de.bwaldvogel=WARN", "--logging.level.org.telegram=WARN", "--spring.main.banner-mode=off"));
		args.addAll(List.of(extra));
		ConfigurableApplicationContext app = new SpringApplicationBuilder(MarketAssistantApplication.class,
				MongoCommandCounter.Registration.class)
			.profiles("test")
			.run(args.toArray(String[]::new));
		// polling starts in the background: wait for the first getUpdates
		telegram.awaitCalls("getUpdates", 1, Duration.ofSeconds(30));
		return app;
	}

	// ------------------------------------------------------------------ 1. echo floor

	private double echoFloor(int users) throws Exception {
		try (StandInBotApi telegram = StandInBotApi.start(TOKEN); EchoBot bot = new EchoBot(TOKEN, telegram.port())) {
			ChatDriver driver = new ChatDriver(telegram, Duration.ofSeconds(30));
			driver.run(users(users), (i) -> echoSteps(5)); // warm-up at full size (JIT, connections)
			long cpu = processCpuNanos();
			ChatDriver.Result result = driver.run(users(users), (i) -> echoSteps(14));
			this.echoCpuMillis = (processCpuNanos() - cpu) / 1e6 / result.updates();
			row("1. Echo floor (" + users + " chats, trivial echo handler)", fmt(result.perSecond()) + " updates/s",
					"(reference)", "—");
			row("   echo p50 / p99", ms(result.percentileMillis(50)) + " / " + ms(result.percentileMillis(99)), "", "");
			if (result.errors() > 0) {
				this.notes.add("echo errors: " + result.errors() + " " + result.errorSamples());
			}
			return result.perSecond();
		}
	}

	private static List<ChatDriver.Step> echoSteps(int count) {
		List<ChatDriver.Step> steps = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			steps.add(text("echo " + i, "echo " + i));
		}
		return steps;
	}

	// ------------------------------------------------------------------ 2. dialog path

	private void dialogPath(StandInBotApi telegram, ConfigurableApplicationContext app, int sellers, double echo)
			throws Exception {
		ChatDriver driver = new ChatDriver(telegram, Duration.ofSeconds(60));
		driver.run(users(sellers), this::onboarding); // warm-up at full size (JIT, connections, caches)
		MeterRegistry meters = app.getBean(MeterRegistry.class);
		double failedBefore = failed(meters);
		MongoCommandCounter.INSTANCE.reset();
		String jfr = System.getProperty("benchmark.jfr", "");
		jdk.jfr.Recording recording = null;
		if (!jfr.isBlank()) {
			recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
			recording.start();
		}
		double writesBefore = counter(meters, "market.embedded_mongo.writes");
		double commitsBefore = counter(meters, "market.embedded_mongo.commits");
		long cpu = processCpuNanos();
		ChatDriver.Result result = driver.run(users(sellers), this::onboarding);
		double cpuPerUpdate = (processCpuNanos() - cpu) / 1e6 / result.updates();
		double writes = counter(meters, "market.embedded_mongo.writes") - writesBefore;
		double commits = counter(meters, "market.embedded_mongo.commits") - commitsBefore;
		if (recording != null) {
			recording.stop();
			recording.dump(Path.of(jfr));
			recording.close();
			this.notes.add("JFR recording of the dialog path: " + jfr);
		}
		long commands = MongoCommandCounter.INSTANCE.total();
		Map<String, Long> byName = MongoCommandCounter.INSTANCE.snapshot();
		double failed = failed(meters) - failedBefore;
		double ratio = result.perSecond() / echo;
		row("2. Dialog path (" + sellers + " sellers onboarding at once)", fmt(result.perSecond()) + " updates/s", "", "");
		row("   ratio to the echo floor", String.format(Locale.ROOT, "%.2f×", ratio), "≥ 0.5×", met(ratio >= 0.5));
		row("   latency p50 / p95", ms(result.percentileMillis(50)) + " / " + ms(result.percentileMillis(95)), "", "");
		double p99 = result.percentileMillis(99);
		row("   latency p99 (update available → reply at the stand-in)", ms(p99), "< 50 ms", met(p99 < 50));
		double perUpdate = (double) commands / result.updates();
		// a new chat's first update also looks for a session that does not exist and creates it
		// (find + insert + confirm): every later one is save + confirm
		long finds = byName.getOrDefault("find", 0L);
		long firsts = Math.min(finds, byName.getOrDefault("insert", 0L));
		double common = (finds == sellers && firsts == sellers)
				? (double) (commands - 3 * firsts) / (result.updates() - firsts) : Double.NaN;
		row("   MongoDB commands per update, common path (a chat's later updates)",
				String.format(Locale.ROOT, "%.2f", common), "≤ 2", met(common <= 2));
		row("   MongoDB commands per update, all (incl. each chat's first)", String.format(Locale.ROOT, "%.2f", perUpdate), "",
				"");
		row("   process CPU per update (application + stand-in + simulated users, one JVM; echo: "
				+ String.format(Locale.ROOT, "%.2f", this.echoCpuMillis) + " ms)",
				String.format(Locale.ROOT, "%.2f ms", cpuPerUpdate), "", "");
		if (writes > 0) {
			row("   embedded H2 store: commits per acknowledged write (group commit)",
					String.format(Locale.ROOT, "%.2f (%d commits, %d writes)", commits / writes, (long) commits, (long) writes),
					"", "");
		}
		int errors = result.errors() + (int) failed;
		row("   errors", String.valueOf(errors), "0", met(errors == 0));
		// the same path with few chats: what an update costs without waiting behind the others
		int few = Integer.getInteger("benchmark.few-sellers", 10);
		ChatDriver.Result light = driver.run(users(few), this::onboarding);
		row("   for comparison, " + few + " sellers at once: latency p50 / p99",
				ms(light.percentileMillis(50)) + " / " + ms(light.percentileMillis(99)) + " (" + fmt(light.perSecond())
						+ " updates/s)", "", "");
		if (light.errors() > 0) {
			this.notes.add("errors in the " + few + "-seller run: " + light.errors() + " " + light.errorSamples());
		}
		this.notes.add("dialog path: " + result.updates() + " updates in " + fmt(result.seconds()) + " s; "
				+ result.latenciesNanos().size() + " latencies; MongoDB commands " + commands + " " + byName
				+ "; session documents average " + averageSessionBytes(app) + " bytes");
		if (!result.errorSamples().isEmpty()) {
			this.notes.add("dialog errors: " + result.errorSamples());
		}
	}

	private double echoCpuMillis = Double.NaN;

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	private static double counter(MeterRegistry meters, String name) {
		var counter = meters.find(name).functionCounter();
		return counter == null ? 0 : counter.count();
	}

	private List<ChatDriver.Step> onboarding(int seller) {
		return List.of(text("/start", "Cloud Marketplace assistant"),
				press("🏪 Become a seller", "Do you accept the agreement?"),
				press("✅ I have read and accept the agreement", "real-name verification"),
				press("Yes, it is verified", "What is the company name"),
				text("Bench Cloud " + seller, "Unified Social Credit Code"),
				text(Uscc.number(seller + (int) (this.nextUser % 1_000_000)), "Who is the contact person"),
				text("Seller " + seller, "phone number"),
				contact("+86 138 1234 5678", "e-mail address"),
				press("Skip »", "account holder"),
				text("Bench Cloud " + seller, "Which bank"),
				text("China Merchants Bank", "Which branch"),
				text("Fuzhou Branch", "account number"),
				text("6222 0202 0011 2233", "Please check your answers"));
	}

	private static long averageSessionBytes(ConfigurableApplicationContext app) {
		MongoTemplate mongo = app.getBean(MongoTemplate.class);
		long total = 0;
		long count = 0;
		for (org.bson.RawBsonDocument session : mongo.getCollection(mongo.getCollectionName(ChatSession.class))
			.withDocumentClass(org.bson.RawBsonDocument.class)
			.find()) {
			total += session.getByteBuffer().remaining();
			count++;
		}
		return (count == 0) ? 0 : total / count;
	}

	private static double failed(MeterRegistry meters) {
		var counter = meters.find("market.updates.failed").counter();
		return (counter != null) ? counter.count() : 0;
	}

	// ------------------------------------------------------------------ 3. pacing

	private void pacing(StandInBotApi telegram, ConfigurableApplicationContext app, int reminders) {
		telegram.enforceFloodLimits(true);
		// -Dbenchmark.round-trip-ms=100: every Bot API call answered after a round trip, as across the internet
		long roundTrip = Long.getLong("benchmark.round-trip-ms", 0);
		telegram.roundTrip(Duration.ofMillis(roundTrip));
		int limitedBefore = telegram.rateLimitedCount();
		Dialogs dialogs = app.getBean(Dialogs.class);
		int sentBefore = telegram.calls("sendMessage").size();
		List<TgUser> users = users(reminders);
		long start = System.nanoTime();
		for (int i = 0; i < users.size(); i++) {
			int n = i;
			dialogs.notify(users.get(i).id(), "benchmark:reminder:" + n, (texts) -> Reply.of("Reminder " + n));
		}
		double queued = (System.nanoTime() - start) / 1e9;
		var calls = telegram.awaitCalls("sendMessage", sentBefore + reminders, Duration.ofSeconds(reminders / 10 + 60));
		var mine = calls.subList(sentBefore, calls.size());
		long first = mine.get(0).nanoTime();
		long last = mine.get(mine.size() - 1).nanoTime();
		long ok = mine.stream().filter((c) -> c.ok()).count();
		double seconds = (last - start) / 1e9;
		double rate = ok / seconds;
		int limited = telegram.rateLimitedCount() - limitedBefore;
		row("3. Pacing (" + reminders + " reminders due at once, flood limits on, round trip " + roundTrip + " ms)",
				fmt(rate) + " messages/s",
				"≥ 28 messages/s", met(rate >= 28));
		row("   429s received", String.valueOf(limited), "0", met(limited == 0));
		this.notes.add("pacing: " + ok + " delivered in " + fmt(seconds) + " s from the first notify (queued in " + fmt(queued)
				+ " s; first send after " + ms((first - start) / 1e6) + ")");
		telegram.enforceFloodLimits(false);
		telegram.roundTrip(Duration.ZERO);
	}

	// ------------------------------------------------------------------ 4. sweep

	private void sweep(ConfigurableApplicationContext app, int total) {
		MongoTemplate mongo = app.getBean(MongoTemplate.class);
		DueTasks tasks = app.getBean(DueTasks.class);
		mongo.remove(new Query(), DueTask.class);
		Instant now = Instant.now();
		int due = total / 100;
		// scheduled through the application's API (not timed)
		List<DueTasks.Planned> batch = new ArrayList<>();
		for (int i = 0; i < total; i++) {
			boolean isDue = i % 100 == 0;
			Instant at = isDue ? now.minusSeconds(60 + i % 600) : now.plus(Duration.ofDays(1 + i % 13));
			batch.add(new DueTasks.Planned("bench-" + total + "-" + i, OrderFollowUps.REMINDER, "order-" + i, at,
					Map.of("round", "1", "n", "1")));
			if (batch.size() == 5_000) {
				tasks.scheduleAll(batch);
				batch.clear();
			}
		}
		tasks.scheduleAll(batch);
		Duration budget = Duration.ofSeconds(Long.getLong("benchmark.sweep.budget-seconds", 90));
		long start = System.nanoTime();
		int claimed = 0;
		boolean cut = false;
		while (true) {
			int got = tasks.claimDue(OrderFollowUps.REMINDER, SWEEP_BATCH, Duration.ofMinutes(2)).size();
			claimed += got;
			if (got < SWEEP_BATCH) {
				break;
			}
			if (System.nanoTime() - start > budget.toNanos()) {
				cut = true;
				break;
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		String measured = cut ? "> " + fmt(seconds) + " s (stopped after " + claimed + " of " + due + ")"
				: fmt(seconds) + " s (" + claimed + " claimed)";
		row("4. Sweep: " + String.format(Locale.ROOT, "%,d", total) + " open, " + due + " due: find and claim", measured,
				"< 1 s", met(!cut && seconds < 1 && claimed == due));
		this.notes.add("sweep " + total + ": " + fmt(seconds * 1000 / Math.max(1, claimed)) + " ms per claimed task");
		mongo.remove(Query.query(Criteria.where("kind").is(OrderFollowUps.REMINDER)), DueTask.class);
	}

	// ------------------------------------------------------------------ 5. memory

	private void memory(StandInBotApi telegram, ConfigurableApplicationContext app, int sessions) throws Exception {
		ChatSessions store = app.getBean(ChatSessions.class);
		MongoTemplate mongo = app.getBean(MongoTemplate.class);
		// warm-up: the first sessions fill the application's one-off caches (mapping metadata, message formats)
		int sent = telegram.calls("sendMessage").size();
		for (TgUser user : users(200)) {
			telegram.injectText(user, "/start");
		}
		telegram.awaitCalls("sendMessage", sent + 200, Duration.ofSeconds(120));
		Thread.sleep(1000);
		long sessionsBefore = store.count();
		// the stand-in lives in this JVM too: forget what it recorded so that it does not count
		telegram.reset();
		long heapBefore = heapAfterGc();
		long rssBefore = rss();
		for (TgUser user : users(sessions)) {
			telegram.injectText(user, "/start");
		}
		telegram.awaitCalls("sendMessage", sessions, Duration.ofSeconds(sessions / 20 + 120));
		Thread.sleep(1000); // let the last deliveries be confirmed
		telegram.reset();
		long heapAfter = heapAfterGc();
		long rssAfter = rss();
		long loaded = store.count() - sessionsBefore;
		// the in-memory MongoDB backend holds the documents in this heap: remove them to see the application's own share
		mongo.remove(new Query(), ChatSession.class);
		long heapWithoutDocuments = heapAfterGc();
		double growth = (heapAfter - heapBefore) / 1048576.0;
		double own = (heapWithoutDocuments - heapBefore) / 1048576.0;
		row("5. Memory: " + loaded + " idle dialog sessions, heap after GC (application)", mb(heapBefore) + " → "
				+ mb(heapWithoutDocuments) + String.format(Locale.ROOT, " (%+.1f MB)", own), "< 10 MB growth", met(own < 10));
		row("   heap incl. the in-memory MongoDB holding the sessions", mb(heapBefore) + " → " + mb(heapAfter)
				+ String.format(Locale.ROOT, " (%+.1f MB)", growth), "", "");
		row("   RSS", mb(rssBefore) + " → " + mb(rssAfter)
				+ String.format(Locale.ROOT, " (%+.1f MB)", (rssAfter - rssBefore) / 1048576.0), "", "");
		this.notes.add("memory: " + loaded + " sessions; heap held by their documents in the in-memory backend "
				+ fmt((heapAfter - heapWithoutDocuments) / 1048576.0) + " MB");
	}

	private static long heapAfterGc() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(200);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static long rss() throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
			}
		}
		return -1;
	}

	// ------------------------------------------------------------------ output

	private List<TgUser> users(int count) {
		List<TgUser> users = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			users.add(new TgUser(++this.nextUser, "Bench " + i, "en"));
		}
		return users;
	}

	private static void progress(String what) {
		System.out.println("[benchmark " + Instant.now() + "] " + what);
	}

	private void row(String figure, String measured, String target, String met) {
		this.rows.add(new String[] { figure, measured, target, met });
	}

	private void print() throws IOException {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "%nMarket Assistant benchmark — %s, %d cores, Java %s, max heap %s%n%n",
				Instant.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				mb(Runtime.getRuntime().maxMemory())));
		out.append("| figure | measured | target | met? |\n|---|---|---|---|\n");
		for (String[] row : this.rows) {
			out.append("| ").append(String.join(" | ", row)).append(" |\n");
		}
		out.append('\n');
		for (String note : this.notes) {
			out.append("- ").append(note).append('\n');
		}
		System.out.println(out);
		Path report = Path.of("target", "benchmark.md");
		Files.createDirectories(report.getParent());
		Files.writeString(report, out);
	}

	private static String met(boolean met) {
		return met ? "yes" : "**no**";
	}

	private static String fmt(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private static String ms(double millis) {
		return String.format(Locale.ROOT, "%.1f ms", millis);
	}

	private static String mb(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
	}

}
