package dev.marketassist.bot;

import java.nio.file.Path;
import java.util.Locale;

import dev.marketassist.bot.mongo.EmbeddedMongoSettings;
import dev.marketassist.bot.sandbox.SandboxAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The start-up banner: once the application is ready, one log entry says where the sandbox chat
 * is, how Telegram is connected (long polling, webhook, or not at all) and where the data lives,
 * so a newcomer finds the page without reading the rest of the log.
 */
@Component
class StartupReport {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	private final TelegramSettings telegram;

	private final ObjectProvider<EmbeddedMongoSettings> embedded;

	private final ObjectProvider<SandboxAddress> sandbox;

	private final Environment environment;

	StartupReport(TelegramSettings telegram, ObjectProvider<EmbeddedMongoSettings> embedded,
			ObjectProvider<SandboxAddress> sandbox, Environment environment) {
		this.telegram = telegram;
		this.embedded = embedded;
		this.sandbox = sandbox;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void report(ApplicationReadyEvent ready) {
		int port = ready.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null
				? web.getWebServer().getPort() : environment.getProperty("server.port", Integer.class, 8080);
		log.info(banner(port));
	}

	String banner(int port) {
		StringBuilder out = new StringBuilder("\n\n  Market Assistant is ready\n");
		SandboxAddress page = sandbox.getIfAvailable();
		line(out, "Sandbox chat", page == null ? "off (a Telegram token is set; MARKET_SANDBOX_ENABLED=true turns it on)"
				: page.url(port) + "  <- open it in a browser to try every role (" + page.reach() + ")");
		line(out, "Telegram", telegram());
		line(out, "Data", data());
		line(out, "Health", "http://localhost:" + port + "/actuator/health (status only; details and metrics on "
				+ environment.getProperty("management.server.address", "127.0.0.1") + ":"
				+ environment.getProperty("management.server.port", "the management port") + ")");
		return out.append('\n').toString();
	}

	private String telegram() {
		if (!telegram.enabled()) {
			return "off: no bot token (set TELEGRAM_BOT_TOKEN to the token @BotFather gave you)";
		}
		String mode = telegram.mode().name().toLowerCase(Locale.ROOT);
		return "webhook".equals(mode) ? "webhook at " + telegram.webhookUrl() : "long polling (Bot API at " + telegram.apiUrl() + ")";
	}

	private String data() {
		EmbeddedMongoSettings settings = embedded.getIfAvailable();
		if (settings == null) {
			return "MongoDB at MONGODB_URI";
		}
		return settings.backend() == EmbeddedMongoSettings.Backend.H2
				? "embedded MongoDB, files in " + Path.of(settings.dataDir()).toAbsolutePath().normalize()
						+ " (MARKET_DATA_DIR; delete it to start afresh)"
				: "embedded MongoDB in memory (nothing is kept after a stop)";
	}

	private static void line(StringBuilder out, String label, String value) {
		out.append("  ").append(String.format("%-14s", label + ":")).append(value).append('\n');
	}

}
