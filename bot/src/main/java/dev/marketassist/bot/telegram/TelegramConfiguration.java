package dev.marketassist.bot.telegram;

import java.net.URI;

import dev.marketassist.bot.TelegramSettings;
import dev.marketassist.bot.inbound.ChatPipeline;
import dev.marketassist.bot.inbound.UndeliveredSweep;
import dev.marketassist.bot.sending.OutboundMessages;
import dev.marketassist.bot.sending.RateLimitedTelegramSender;
import dev.marketassist.bot.sending.SendingSettings;
import dev.marketassist.product.FileStorage;
import dev.marketassist.product.FilesSettings;
import dev.marketassist.dialogs.Conversation;
import dev.marketassist.dialogs.Dialogs;
import dev.marketassist.dialogs.Outcome;
import dev.marketassist.review.ReviewerSettings;
import dev.marketassist.provider.OnboardingManagement;
import dev.marketassist.provider.PaymentSettings;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Telegram side of the application, present only when a bot token is configured: the Bot
 * API client on the configured base URL, the one rate-limited sender, the per-chat pipeline, and
 * long polling (default) or the webhook endpoint.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${market.telegram.token:}'.isBlank()")
class TelegramConfiguration {

	@Bean
	TelegramUrl telegramUrl(TelegramSettings settings) {
		URI uri = URI.create(settings.apiUrl());
		int port = uri.getPort() != -1 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
		return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
	}

	@Bean
	TelegramClient telegramClient(TelegramSettings settings, TelegramUrl url) {
		return new OkHttpTelegramClient(BotApiHttpClient.create(), settings.token(), url);
	}

	@Bean
	TelegramFileDownloads telegramFileDownloads(TelegramClient client, TelegramSettings settings, FilesSettings files) {
		return new TelegramFileDownloads(client, settings.token(), settings.apiUrl(), files.downloadTimeout());
	}

	@Bean(destroyMethod = "close")
	RateLimitedTelegramSender outboundMessages(TelegramClient client, SendingSettings settings, MeterRegistry meters) {
		return new RateLimitedTelegramSender(client, settings, meters);
	}

	@Bean
	TelegramDelivery telegramDelivery(OutboundMessages sender, Dialogs dialogs, PaymentSettings payments,
			FileStorage files, TelegramSettings settings) {
		return new TelegramDelivery(sender, dialogs, payments.providerToken(), files, deliveryThreads(),
				settings.keepSupersededButtons());
	}

	/** Runs the delivery's steps and confirmations (MongoDB writes), never the wait for Telegram. */
	private static java.util.concurrent.ExecutorService deliveryThreads() {
		java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
		return java.util.concurrent.Executors.newFixedThreadPool(4, (task) -> {
			Thread thread = new Thread(task, "telegram-delivery-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@Bean
	TelegramPayments telegramPayments(OutboundMessages sender, OnboardingManagement onboarding, Dialogs dialogs) {
		return new TelegramPayments(sender, onboarding, dialogs);
	}

	@Bean(destroyMethod = "close")
	ChatPipeline chatPipeline(Dialogs dialogs, TelegramDelivery delivery, TelegramSettings settings, MeterRegistry meters) {
		ChatPipeline pipeline = new ChatPipeline(dialogs, delivery, settings.workers(), settings.maxBackoff(), meters);
		// notifications (review results, order steps, reminders) go out at once, in the chat's order
		dialogs.addDeliveryTrigger((chatId, sessionId) -> {
			if (!Conversation.isSandboxChat(chatId)) {
				pipeline.enqueueAsync(chatId, () -> deliverPending(dialogs, delivery, sessionId));
			}
		});
		return pipeline;
	}

	/** Background work: paced behind the replies, and no pipeline thread waits for it. */
	static java.util.concurrent.CompletableFuture<?> deliverPending(Dialogs dialogs, TelegramDelivery delivery,
			String sessionId) {
		Outcome pending = dialogs.pending(sessionId);
		if (pending != null && !pending.deliveries().isEmpty()) {
			return delivery.deliverAsync(pending, null, false);
		}
		return java.util.concurrent.CompletableFuture.completedFuture(null);
	}

	@Bean
	UndeliveredSweep undeliveredSweep(Dialogs dialogs, ChatPipeline pipeline, TelegramDelivery delivery) {
		return new UndeliveredSweep(dialogs, pipeline, delivery, chatId -> !Conversation.isSandboxChat(chatId));
	}

	@Bean
	UpdateTranslator updateTranslator(TelegramSettings settings) {
		return new UpdateTranslator(settings.username());
	}

	@Bean
	CommandRegistrar commandRegistrar(OutboundMessages sender, MessageSource messages, ReviewerSettings reviewers) {
		return new CommandRegistrar(sender, messages, reviewers.ids());
	}

	@Bean
	@ConditionalOnProperty(name = "market.telegram.mode", havingValue = "polling", matchIfMissing = true)
	PollingRunner pollingRunner(TelegramSettings settings, TelegramUrl url, UpdateTranslator translator,
			ChatPipeline pipeline, CommandRegistrar commands, TelegramPayments payments) {
		return new PollingRunner(settings.token(), url, settings.pollTimeout(), new MarketBot(translator, pipeline, payments),
				() -> {
					if (settings.registerCommands()) {
						commands.register();
					}
				});
	}

	@Bean
	@ConditionalOnProperty(name = "market.telegram.mode", havingValue = "webhook")
	WebhookRegistrar webhookRegistrar(TelegramSettings settings, OutboundMessages sender, CommandRegistrar commands) {
		return new WebhookRegistrar(settings, sender, commands);
	}

}
