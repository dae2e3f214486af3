package dev.marketassist.bot.sandbox;

import java.time.Clock;
import java.time.Duration;

import dev.marketassist.bot.inbound.UndeliveredSweep;
import dev.marketassist.dialogs.Dialogs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The local sandbox chat, present when {@link SandboxCondition} says so: its transcript, its
 * channel into the conversations with its recovery sweep, and the loopback guard in front of
 * its page and API.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SandboxCondition.class)
class SandboxConfiguration implements WebMvcConfigurer {

	private static final Logger log = LoggerFactory.getLogger(SandboxConfiguration.class);

	private final SandboxSettings settings;

	private final ObjectProvider<SandboxToken> token;

	SandboxConfiguration(SandboxSettings settings, ObjectProvider<SandboxToken> token) {
		this.settings = settings;
		this.token = token;
	}

	@Bean
	Transcript sandboxTranscript(MongoTemplate mongo, Clock clock) {
		return new Transcript(mongo, clock);
	}

	@Bean
	SandboxToken sandboxToken() {
		return new SandboxToken();
	}

	@Bean
	SandboxFiles sandboxFiles() {
		return new SandboxFiles();
	}

	@Bean(destroyMethod = "close")
	SandboxChannel sandboxChannel(Dialogs dialogs, Transcript transcript, Clock clock,
			@Value("${market.telegram.max-backoff:10s}") Duration maxBackoff) {
		return new SandboxChannel(dialogs, transcript, clock, maxBackoff, settings.replyTimeout());
	}

	@Bean
	UndeliveredSweep sandboxUndeliveredSweep(SandboxChannel channel) {
		return channel.sweep();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LoopbackGuard(settings.allowRemote(), token.getObject()));
	}

	@EventListener(ApplicationReadyEvent.class)
	void report(ApplicationReadyEvent ready) {
		String where = ready.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null
				? "http://127.0.0.1:" + web.getWebServer().getPort() + settings.path() : settings.path();
		where += "?" + SandboxToken.PARAMETER + "=" + token.getObject().value();
		log.info("Sandbox chat: open {} to try the assistant in the browser ({})", where,
				settings.allowRemote() ? "open to other machines: market.sandbox.allow-remote" : "this machine only");
	}

}
