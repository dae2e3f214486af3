package dev.marketassist.bot;

import java.time.Clock;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/** Application-wide infrastructure: the clock, scheduled-job locks, the start-up report. */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT5M")
class ApplicationConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ApplicationConfiguration.class);

	/** All time comes from here, so tests can move it (a test configuration may supply its own). */
	@Bean
	@ConditionalOnMissingBean(Clock.class)
	Clock clock() {
		return Clock.systemUTC();
	}

	/** Scheduled jobs run on one instance at a time, coordinated through MongoDB. */
	@Bean
	LockProvider lockProvider(MongoDatabaseFactory mongo) {
		return new MongoLockProvider(mongo.getMongoDatabase());
	}

	@EventListener(ApplicationReadyEvent.class)
	void report(ApplicationReadyEvent ready) {
		TelegramSettings telegram = ready.getApplicationContext().getBean(TelegramSettings.class);
		if (!telegram.enabled()) {
			log.warn("Telegram is off: no bot token. Set TELEGRAM_BOT_TOKEN to the token @BotFather gave you "
					+ "(and TELEGRAM_API_URL for a local Bot API) to connect the assistant to Telegram.");
		}
		else {
			log.info("Telegram is on ({} mode, Bot API at {})", telegram.mode().name().toLowerCase(), telegram.apiUrl());
		}
	}

}
