package dev.marketassist.bot;

import java.time.Clock;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/** Application-wide infrastructure: the clock, scheduled-job locks, the start-up report. */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT5M")
class ApplicationConfiguration {

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

}
