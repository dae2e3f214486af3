package dev.marketassist.bot.telegram;

import dev.marketassist.bot.TelegramSettings;
import dev.marketassist.bot.sending.OutboundMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;

/** In webhook mode, tells Telegram where to post updates (with the secret token) once the application is ready. */
final class WebhookRegistrar {

	private static final Logger log = LoggerFactory.getLogger(WebhookRegistrar.class);

	private final TelegramSettings settings;

	private final OutboundMessages sender;

	private final CommandRegistrar commands;

	WebhookRegistrar(TelegramSettings settings, OutboundMessages sender, CommandRegistrar commands) {
		if (settings.webhookUrl() == null || !settings.webhookUrl().startsWith("https://")) {
			throw new IllegalStateException("Webhook mode needs TELEGRAM_WEBHOOK_URL, a public https:// URL");
		}
		this.settings = settings;
		this.sender = sender;
		this.commands = commands;
	}

	@EventListener(ApplicationReadyEvent.class)
	void register() {
		SetWebhook setWebhook = SetWebhook.builder()
			.url(settings.webhookUrl())
			.secretToken(settings.webhookSecret())
			.allowedUpdates(java.util.List.of("message", "callback_query", "my_chat_member", "pre_checkout_query"))
			.dropPendingUpdates(false)
			.build();
		sender.sendNow(setWebhook).whenComplete((ok, error) -> {
			if (error != null) {
				log.error("setWebhook failed: {}", error.toString());
			}
			else {
				log.info("Webhook registered");
			}
		});
		if (settings.registerCommands()) {
			commands.register();
		}
	}

}
