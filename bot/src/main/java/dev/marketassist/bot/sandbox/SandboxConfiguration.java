package dev.marketassist.bot.sandbox;

import java.time.Clock;

import dev.marketassist.bot.TelegramSettings;
import dev.marketassist.bot.inbound.UndeliveredSweep;
import dev.marketassist.dialogs.Dialogs;
import dev.marketassist.dialogs.session.ChatSessions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
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

	private final SandboxSettings settings;

	private final ObjectProvider<SandboxToken> token;

	SandboxConfiguration(SandboxSettings settings, ObjectProvider<SandboxToken> token) {
		this.settings = settings;
		this.token = token;
	}

	/** Reviewer C reviews in the sandbox (static: a post-processor is made before the other beans). */
	@Bean
	static SandboxReviewers sandboxReviewers() {
		return new SandboxReviewers();
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
	SandboxChannel sandboxChannel(Dialogs dialogs, ObjectProvider<ChatSessions> sessions, Transcript transcript, Clock clock,
			TelegramSettings telegram) {
		return new SandboxChannel(dialogs, sessions.getIfAvailable(), transcript, clock, telegram.maxBackoff(),
				settings.replyTimeout());
	}

	@Bean
	UndeliveredSweep sandboxUndeliveredSweep(SandboxChannel channel) {
		return channel.sweep();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LoopbackGuard(settings.allowRemote(), token.getObject()));
	}

	@Bean
	SandboxAddress sandboxAddress() {
		return new SandboxAddress(settings, token.getObject());
	}

}
