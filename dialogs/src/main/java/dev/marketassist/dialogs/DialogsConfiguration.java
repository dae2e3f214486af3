package dev.marketassist.dialogs;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import dev.marketassist.dialogs.engine.ChatFeature;
import dev.marketassist.dialogs.engine.DialogDefinition;
import dev.marketassist.dialogs.engine.DialogEngine;
import dev.marketassist.dialogs.engine.Sealer;
import dev.marketassist.dialogs.menu.ConversationRouter;
import dev.marketassist.dialogs.menu.DialogGate;
import dev.marketassist.dialogs.session.ChatSessions;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Wires the conversations: texts, the engine with every dialog definition, the router. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DialogSettings.class)
public class DialogsConfiguration {

	/** The bundles {@code i18n/messages_zh_CN} and {@code i18n/messages_en}. */
	@Bean
	public MessageSource messageSource() {
		return bundles();
	}

	/** The message bundles, usable without Spring (tests, tools). */
	public static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("i18n/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setAlwaysUseMessageFormat(true);
		return source;
	}

	@Bean
	DialogEngine dialogEngine(List<DialogDefinition> definitions, Sealer sealer, MeterRegistry meters) {
		return new DialogEngine(definitions, sealer, meters);
	}

	@Bean
	ConversationRouter conversationRouter(DialogEngine engine, List<DialogDefinition> definitions,
			ObjectProvider<ChatFeature> features, ObjectProvider<DialogGate> gates) {
		Map<String, String> menu = definitions.stream().anyMatch(d -> d.name().equals("onboarding"))
				? Map.of("seller", "onboarding") : Map.of();
		return new ConversationRouter(engine, menu, features.orderedStream().toList(), gates.orderedStream().toList());
	}

	@Bean
	Dialogs dialogs(ChatSessions sessions, ConversationRouter router, DialogEngine engine, MessageSource messageSource,
			Clock clock, DialogSettings settings) {
		return new Dialogs(sessions, router, engine, messageSource, clock, settings);
	}

}
