package dev.marketassist.benchmark;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Counts the MongoDB commands the application's driver sends (the benchmark's context only). */
public final class MongoCommandCounter implements CommandListener {

	static final MongoCommandCounter INSTANCE = new MongoCommandCounter();

	private final Map<String, LongAdder> byName = new ConcurrentHashMap<>();

	@Override
	public void commandStarted(CommandStartedEvent event) {
		this.byName.computeIfAbsent(event.getCommandName(), (name) -> new LongAdder()).increment();
	}

	void reset() {
		this.byName.clear();
	}

	long total() {
		return this.byName.values().stream().mapToLong(LongAdder::sum).sum();
	}

	Map<String, Long> snapshot() {
		Map<String, Long> counts = new TreeMap<>();
		this.byName.forEach((name, count) -> counts.put(name, count.sum()));
		return counts;
	}

	/** Registers the counter with the application's MongoClient. */
	@Configuration(proxyBeanMethods = false)
	public static class Registration {

		@Bean
		MongoClientSettingsBuilderCustomizer benchmarkCommandCounter() {
			return (builder) -> builder.addCommandListener(INSTANCE);
		}

	}

}
