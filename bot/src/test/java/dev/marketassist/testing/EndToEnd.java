package dev.marketassist.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import dev.marketassist.MarketAssistantApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * How end-to-end tests start the application and meet its users, in one place.
 * <ul>
 * <li>{@link #telegram()} and {@link #polling}: one stand-in Bot API for the whole test JVM, so that
 * every {@code @SpringBootTest} class in polling mode can share one application context;</li>
 * <li>{@link #english}/{@link #chinese}: users with fresh ids, so tests never see each other's chats;</li>
 * <li>{@link #app()}: an application of a test's own (its stand-in, its clock, its data folder,
 * extra configuration), started with the {@code test} profile; command-line arguments override it.</li>
 * </ul>
 * With {@link ChatExpectations} (what the bot says next) and
 * {@link StandInBotApi#injectForgedCallback} (a press no button gave) that is the whole fixture.
 */
public final class EndToEnd {

	/** The token of the shared stand-in (any other stand-in works with {@link App#telegram}). */
	public static final String TOKEN = "123456789:TEST-token_for-the-stand-in";

	private static final AtomicLong USERS = new AtomicLong(700_000_000L);

	private static volatile StandInBotApi telegram;

	private EndToEnd() {
	}

	/** The stand-in Bot API shared by the test JVM. */
	public static synchronized StandInBotApi telegram() {
		if (telegram == null) {
			telegram = StandInBotApi.start(TOKEN);
		}
		return telegram;
	}

	/** Points a {@code @SpringBootTest} application at the shared stand-in, in long-polling mode. */
	public static void polling(DynamicPropertyRegistry registry) {
		registry.add("market.telegram.token", () -> TOKEN);
		registry.add("market.telegram.api-url", () -> telegram().baseUrl());
		registry.add("market.telegram.mode", () -> "polling");
	}

	/** A new user with an English client. */
	public static TgUser english(String name) {
		return new TgUser(USERS.incrementAndGet(), name, "en");
	}

	/** A new user with a Chinese client. */
	public static TgUser chinese(String name) {
		return new TgUser(USERS.incrementAndGet(), name, "zh-hans");
	}

	/** An application of the test's own, on a random port (the in-memory embedded MongoDB unless told otherwise). */
	public static App app() {
		return new App();
	}

	/** What an application of a test is started with. */
	public static final class App {

		private final List<String> args = new ArrayList<>(List.of("--server.port=0"));

		private final List<Class<?>> sources = new ArrayList<>(List.of(MarketAssistantApplication.class));

		private Clock clock;

		private App() {
		}

		/** Talks to this stand-in in long-polling mode. */
		public App telegram(StandInBotApi telegram) {
			return args("--market.telegram.token=" + telegram.token(), "--market.telegram.api-url=" + telegram.baseUrl(),
					"--market.telegram.mode=polling");
		}

		/** Keeps its data in the durable H2 store of the embedded MongoDB, in this folder (a restart finds it). */
		public App h2(Path dataDir) {
			return args("--market.embedded-mongo.backend=h2", "--market.embedded-mongo.data-dir=" + dataDir);
		}

		/** Runs on this clock (registered as the application's {@code clock} bean). */
		public App clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/** Adds a configuration class of the test's. */
		public App with(Class<?> configuration) {
			sources.add(configuration);
			return this;
		}

		/** Command-line arguments ({@code --name=value}); later ones win. */
		public App args(String... more) {
			args.addAll(List.of(more));
			return this;
		}

		public ConfigurableApplicationContext start() {
			SpringApplicationBuilder builder = new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).profiles("test");
			if (clock != null) {
				Clock theClock = clock;
				builder.initializers(context -> context.getBeanFactory().registerSingleton("clock", theClock));
			}
			return builder.run(args.toArray(String[]::new));
		}

	}

}
