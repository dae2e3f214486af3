package dev.marketassist.bot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.marketassist.bot.inbound.ChatPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives batches of updates from long polling. It returns only once every update of the batch
 * is recorded in MongoDB: the poller asks for the next batch (which confirms this one to
 * Telegram) only then, so an update held during a MongoDB outage is never confirmed, and a crash
 * makes Telegram deliver it again. It never throws: an exception would stop the poller.
 */
final class MarketBot implements LongPollingUpdateConsumer {

	private static final Logger log = LoggerFactory.getLogger(MarketBot.class);

	private final UpdateTranslator translator;

	private final ChatPipeline pipeline;

	private final TelegramPayments payments;

	MarketBot(UpdateTranslator translator, ChatPipeline pipeline, TelegramPayments payments) {
		this.translator = translator;
		this.pipeline = pipeline;
		this.payments = payments;
	}

	@Override
	public void consume(List<Update> updates) {
		try {
			List<CompletableFuture<Void>> recorded = new ArrayList<>();
			for (Update update : updates) {
				if (update.hasPreCheckoutQuery()) {
					payments.answer(update.getPreCheckoutQuery());
					continue;
				}
				translator.translate(update).ifPresent(incoming -> recorded.add(pipeline.submit(incoming)));
			}
			CompletableFuture.allOf(recorded.toArray(CompletableFuture[]::new)).join();
		}
		catch (Throwable ex) {
			log.error("Handling a batch of {} updates failed", updates.size(), ex);
		}
	}

}
