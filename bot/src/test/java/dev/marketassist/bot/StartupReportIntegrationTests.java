package dev.marketassist.bot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The start-up banner a newcomer reads (test profile: no token, so the sandbox is on; embedded
 * in-memory MongoDB): the sandbox's address, that Telegram is off and how to turn it on, where the
 * data lives; plain text, no escape codes. And the log stays quiet about what is harmless: the
 * embedded server's ignored indexes, springdoc's defaults, Spring Boot's ASCII banner.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StartupReportIntegrationTests {

	@Autowired
	StartupReport report;

	@Autowired
	Environment environment;

	@Test
	void tellsWhereTheSandboxIsHowTelegramRunsAndWhereTheDataLives() {
		String banner = report.banner(8080);
		assertThat(banner).contains("Market Assistant is ready")
			.containsPattern("Sandbox chat: http://localhost:8080/\\?token=[A-Za-z0-9_-]{20,}  <- open it in a browser to try every role \\(this machine only\\)")
			.contains("Telegram:     off: no bot token (set TELEGRAM_BOT_TOKEN")
			.contains("Data:         embedded MongoDB in memory")
			.contains("Health:       http://localhost:8080/actuator/health")
			.doesNotContain("\u001b");
	}

	@Test
	void keepsHarmlessWarningsAndTheAsciiBannerOutOfTheLog() {
		assertThat(environment.getProperty("logging.level.de.bwaldvogel.mongo.backend.AbstractMongoDatabase")).isEqualTo("ERROR");
		assertThat(environment.getProperty("spring.main.banner-mode")).isEqualTo("off");
		assertThat(environment.getProperty("springdoc.api-docs.enabled")).isEqualTo("true");
	}

}
