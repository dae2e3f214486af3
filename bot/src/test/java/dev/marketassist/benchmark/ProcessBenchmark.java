package dev.marketassist.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.marketassist.testing.ApiCall;
import dev.marketassist.testing.StandInBotApi;
import dev.marketassist.testing.TgUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static dev.marketassist.benchmark.ChatDriver.Step.contact;
import static dev.marketassist.benchmark.ChatDriver.Step.press;
import static dev.marketassist.benchmark.ChatDriver.Step.text;

/**
 * The benchmark as a new user meets the bot (issue 12): the packaged application in its own process
 * ({@code java -jar bot/target/market-assistant.jar}, default configuration but for the Bot API URL, a
 * free port and a fresh data folder) against the stand-in Bot API in this JVM, which enforces
 * Telegram's flood limits (new messages; edits and callback answers are free) and answers every call
 * after an injected round trip. Simulated sellers go through onboarding. CPU per update is the bot's
 * process only. Run with {@code mvn -B -pl bot -am -Pbenchmark-process verify} (packages the jar first);
 * subsets: {@code -Dbenchmark.backends=h2,memory -Dbenchmark.round-trips=0,100,250
 * -Dbenchmark.scenarios=one,paced,crowd -Dbenchmark.crowd=200 -Dbenchmark.paced=25 -Dbenchmark.warmup=60},
 * {@code -Dbenchmark.repeat=3} (the paced scenario this many times in a row; 3 by default); the health URL
 * ({@code -Dbenchmark.health-url=http://127.0.0.1:{port}/actuator/health}, {@code {port}} = the bot's
 * {@code SERVER_PORT}, or with {@code -Dbenchmark.management-port=true} a second free port passed as
 * {@code MANAGEMENT_SERVER_PORT}); {@code -Dbenchmark.bot-args="--a=b --c=d"} adds arguments to the bot's
 * command line, {@code -Dbenchmark.jvm-args="-XX:..."} options to its JVM (e.g. a flight recording). Writes {@code bot/target/benchmark-process.md}.
 */
@EnabledIfSystemProperty(named = "market.benchmark.process", matches = "true")
class ProcessBenchmark {

	private static final String TOKEN = "123456789:BENCH-token_for-the-stand-in";

	private final List<String> rows = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	private long nextUser = 810_000_000L;

	@Test
	void run() throws Exception {
		Path jar = Path.of(System.getProperty("benchmark.jar", "target/market-assistant.jar"));
		if (!Files.exists(jar)) {
			throw new IllegalStateException(jar.toAbsolutePath() + " is missing: package the bot first");
		}
		String scenarios = System.getProperty("benchmark.scenarios", "one,paced,crowd");
		for (String backend : System.getProperty("benchmark.backends", "h2,memory").split(",")) {
			for (String rtt : System.getProperty("benchmark.round-trips", "0,100,250").split(",")) {
				measure(jar, backend.trim(), Duration.ofMillis(Long.parseLong(rtt.trim())), scenarios);
			}
		}
		print();
	}

	private void measure(Path jar, String backend, Duration roundTrip, String scenarios) throws Exception {
		progress(backend + ", round trip " + roundTrip.toMillis() + " ms");
		try (StandInBotApi telegram = StandInBotApi.start(TOKEN)) {
			telegram.enforceFloodLimits(true);
			telegram.roundTrip(roundTrip);
			Bot bot = Bot.start(jar, telegram, backend);
			try {
				String where = backend + ", " + roundTrip.toMillis() + " ms";
				row(where, "start-up (java -jar → health UP)", ms(bot.startupMillis) + " (load " + bot.startupLoad + ")", "—", "");
				ChatDriver driver = new ChatDriver(telegram, Duration.ofSeconds(120));
				// warm-up, not measured: connections, caches and most of the JIT compilation (which otherwise costs
				// more CPU during the first minute than the updates themselves)
				driver.run(users(Integer.getInteger("benchmark.warmup", 60)), this::onboarding);
				if (scenarios.contains("one")) {
					scenario(telegram, bot, driver, where, 1, Duration.ofSeconds(1), "1 seller answering once a second");
				}
				if (scenarios.contains("paced")) {
					int paced = Integer.getInteger("benchmark.paced", 25);
					// in a row, three times by default: the first rounds after the warm-up still pay for the JIT (the CPU
					// figure falls round by round), and one 13-second round's figure varies by ±10% on these machines
					for (int round = 0; round < Integer.getInteger("benchmark.repeat", 3); round++) {
						scenario(telegram, bot, driver, where, paced, Duration.ofSeconds(1),
								paced + " sellers at once, each answering once a second");
					}
				}
				if (scenarios.contains("crowd")) {
					int crowd = Integer.getInteger("benchmark.crowd", 200);
					scenario(telegram, bot, driver, where, crowd, Duration.ZERO, crowd + " sellers at once, answering at once");
				}
			}
			finally {
				bot.stop();
			}
			telegram.allowNotModified(true); // counted in the table, not a failure here
		}
	}

	private void scenario(StandInBotApi telegram, Bot bot, ChatDriver driver, String where, int sellers, Duration pause,
			String what) throws Exception {
		progress(where + ": " + what);
		int callsBefore = telegram.calls().size();
		int limitedBefore = telegram.rateLimitedCount();
		int notModifiedBefore = telegram.notModifiedCount();
		long cpuBefore = bot.cpuNanos();
		ChatDriver.Result result = driver.run(users(sellers), this::onboarding, pause);
		long cpu = bot.cpuNanos() - cpuBefore;
		List<ApiCall> calls = telegram.calls();
		Map<String, Integer> byMethod = new TreeMap<>();
		int apiCalls = 0;
		for (ApiCall call : calls.subList(callsBefore, calls.size())) {
			if (!call.method().equals("getupdates")) {
				apiCalls++;
				byMethod.merge(call.method(), 1, Integer::sum);
			}
		}
		int limited = telegram.rateLimitedCount() - limitedBefore;
		int notModified = telegram.notModifiedCount() - notModifiedBefore;
		double updates = result.updates();
		row(where, what + ": next prompt p50 / p90 / p99", ms(result.percentileMillis(50)) + " / "
				+ ms(result.percentileMillis(90)) + " / " + ms(result.percentileMillis(99)), fmt(updates / result.seconds())
				+ " updates/s", fmt(apiCalls / updates) + " calls, " + fmt(cpu / 1e6 / updates) + " CPU ms, " + limited
				+ " × 429, " + notModified + " not modified, load " + loadAverage());
		this.notes.add(where + ", " + what + ": " + result.updates() + " updates in " + fmt(result.seconds()) + " s, "
				+ result.latenciesNanos().size() + " latencies, Bot API calls " + byMethod + ", " + limited + " × 429, "
				+ notModified + " × 'not modified', " + result.errors() + " unfinished or failed"
				+ (result.errorSamples().isEmpty() ? "" : " " + result.errorSamples()));
	}

	private List<ChatDriver.Step> onboarding(int seller) {
		return List.of(text("/start", "Cloud Marketplace assistant"), press("🏪 Become a seller", "Do you accept the agreement?"),
				press("✅ I have read and accept the agreement", "real-name verification"),
				press("Yes, it is verified", "What is the company name"),
				text("Bench Cloud " + seller, "Unified Social Credit Code"),
				text(Uscc.number(seller + (int) (this.nextUser % 1_000_000)), "Who is the contact person"),
				text("Seller " + seller, "phone number"), contact("+86 138 1234 5678", "e-mail address"),
				press("Skip »", "account holder"), text("Bench Cloud " + seller, "Which bank"),
				text("China Merchants Bank", "Which branch"), text("Fuzhou Branch", "account number"),
				text("6222 0202 0011 2233", "Please check your answers"));
	}

	/** The application as its own process. */
	private static final class Bot {

		final Process process;

		final long startupMillis;

		final String startupLoad;

		private Bot(Process process, long startupMillis) {
			this.process = process;
			this.startupMillis = startupMillis;
			this.startupLoad = loadAverage();
		}

		static Bot start(Path jar, StandInBotApi telegram, String backend) throws Exception {
			int port = freePort();
			Path data = Files.createTempDirectory("market-process-benchmark");
			Path log = Path.of("target", "benchmark-process", "bot-" + backend + "-" + port + ".log");
			Files.createDirectories(log.getParent());
			String java = ProcessHandle.current().info().command().orElse("java");
			List<String> command = new ArrayList<>(List.of(java));
			// the JIT option of the README's run command (docs/performance.md, "CPU per update"); -Dbenchmark.jvm-args=
			// (empty) runs the default JVM flags
			String jvm = System.getProperty("benchmark.jvm-args", "-XX:TieredStopAtLevel=1");
			if (!jvm.isBlank()) {
				command.addAll(List.of(jvm.trim().split("\\s+")));
			}
			command.addAll(List.of("-jar", jar.toString(),
					"--market.embedded-mongo.backend=" + backend, "--market.orders.sweep-initial-delay=1h",
					"--market.jobs.initial-delay=1h", "--market.dialogs.sweep-initial-delay=1h"));
			String extra = System.getProperty("benchmark.bot-args", "");
			if (!extra.isBlank()) {
				command.addAll(List.of(extra.trim().split("\\s+")));
			}
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
			Map<String, String> env = builder.environment();
			env.put("TELEGRAM_BOT_TOKEN", TOKEN);
			env.put("TELEGRAM_API_URL", telegram.baseUrl());
			env.put("SERVER_PORT", String.valueOf(port));
			env.put("MARKET_DATA_DIR", data.toString());
			int healthPort = port;
			int management = freePort(); // never the default 8081, which another bot on this machine may hold
			env.put("MANAGEMENT_SERVER_PORT", String.valueOf(management));
			if (Boolean.getBoolean("benchmark.management-port")) {
				healthPort = management;
			}
			String health = System.getProperty("benchmark.health-url", "http://127.0.0.1:{port}/actuator/health")
				.replace("{port}", String.valueOf(healthPort));
			long started = System.nanoTime();
			Process process = builder.start();
			awaitUp(process, URI.create(health), log);
			long startup = (System.nanoTime() - started) / 1_000_000;
			telegram.awaitCalls("getUpdates", 1, Duration.ofSeconds(60));
			return new Bot(process, startup);
		}

		long cpuNanos() {
			return this.process.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
		}

		void stop() throws InterruptedException {
			this.process.destroy();
			if (!this.process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}

		private static void awaitUp(Process process, URI health, Path log) throws Exception {
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
			long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos(); // a shared, loaded machine
			while (System.nanoTime() < deadline) {
				if (!process.isAlive()) {
					throw new IllegalStateException("the bot exited; see " + log.toAbsolutePath());
				}
				try {
					HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
							HttpResponse.BodyHandlers.ofString());
					if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
						return;
					}
				}
				catch (IOException ex) {
					// not listening yet
				}
				Thread.sleep(20);
			}
			process.destroyForcibly();
			throw new IllegalStateException("the bot was not UP within 300 s; see " + log.toAbsolutePath());
		}

		private static int freePort() throws IOException {
			try (ServerSocket socket = new ServerSocket(0)) {
				return socket.getLocalPort();
			}
		}

	}

	private List<TgUser> users(int count) {
		List<TgUser> users = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			users.add(new TgUser(++this.nextUser, "Bench " + i, "en"));
		}
		return users;
	}

	/** The machine's 1-minute load average (Linux), to read the wall times by. */
	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException | RuntimeException ex) {
			return "?";
		}
	}

	private static void progress(String what) {
		System.out.println("[process benchmark " + Instant.now() + "] " + what);
	}

	private void row(String where, String figure, String measured, String rate, String perUpdate) {
		String row = "| " + where + " | " + figure + " | " + measured + " | " + rate + " | " + perUpdate + " |";
		this.rows.add(row);
		progress(row); // shown at once too, in case a later item fails
	}

	private void print() throws IOException {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT,
				"%nMarket Assistant process benchmark — %s, %d cores, Java %s; bot: java %s-jar, stand-in"
						+ " and simulated sellers in the benchmark JVM, flood limits on%n%n",
				Instant.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				System.getProperty("benchmark.jvm-args", "-XX:TieredStopAtLevel=1").isBlank() ? ""
						: System.getProperty("benchmark.jvm-args", "-XX:TieredStopAtLevel=1") + " "));
		out.append("| backend, round trip | figure | measured | updates/s | per update: Bot API calls, bot CPU; 429s, not modified, load |\n"
				+ "|---|---|---|---|---|\n");
		this.rows.forEach((row) -> out.append(row).append('\n'));
		out.append('\n');
		this.notes.forEach((note) -> out.append("- ").append(note).append('\n'));
		System.out.println(out);
		Path report = Path.of("target", "benchmark-process.md");
		Files.createDirectories(report.getParent());
		Files.writeString(report, out);
	}

	private static String fmt(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	private static String ms(double millis) {
		return String.format(Locale.ROOT, "%.0f ms", millis);
	}


}
