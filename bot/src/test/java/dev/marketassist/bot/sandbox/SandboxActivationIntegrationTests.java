package dev.marketassist.bot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;

import dev.marketassist.dialogs.Dialogs;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** When the sandbox exists: by default exactly when Telegram is off; explicitly either way. */
class SandboxActivationIntegrationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withInitializer(context -> context.getBeanFactory().setConversionService(new ApplicationConversionService()))
		.withUserConfiguration(Settings.class, SandboxConfiguration.class, SandboxApiController.class,
				SandboxPageController.class)
		.withBean(Dialogs.class, () -> mock(Dialogs.class))
		.withBean(MongoTemplate.class, () -> mock(MongoTemplate.class))
		.withBean(Clock.class, Clock::systemUTC);

	@Test
	void isOnWithoutATelegramToken() {
		runner.withPropertyValues("market.telegram.token=", "market.sandbox.enabled=")
			.run(context -> assertThat(context).hasSingleBean(SandboxPageController.class)
				.hasSingleBean(SandboxApiController.class)
				.hasSingleBean(SandboxChannel.class));
	}

	@Test
	void isAbsentWhenATelegramTokenIsConfigured() {
		runner.withPropertyValues("market.telegram.token=123:abc")
			.run(context -> assertThat(context).doesNotHaveBean(SandboxPageController.class)
				.doesNotHaveBean(SandboxApiController.class)
				.doesNotHaveBean(SandboxChannel.class)
				.doesNotHaveBean(LoopbackGuard.class));
	}

	@Test
	void canBeTurnedOnBesideTelegramAndOffWithoutIt() {
		runner.withPropertyValues("market.telegram.token=123:abc", "market.sandbox.enabled=true")
			.run(context -> assertThat(context).hasSingleBean(SandboxPageController.class));
		runner.withPropertyValues("market.telegram.token=", "market.sandbox.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(SandboxPageController.class)
				.doesNotHaveBean(SandboxChannel.class));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ SandboxSettings.class, dev.marketassist.provider.PaymentSettings.class,
			dev.marketassist.bot.TelegramSettings.class })
	static class Settings {

	}

}
