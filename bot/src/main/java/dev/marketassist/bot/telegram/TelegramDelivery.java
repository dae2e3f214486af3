package dev.marketassist.bot.telegram;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.marketassist.bot.inbound.Deliverer;
import dev.marketassist.bot.inbound.OutboxDelivery;
import dev.marketassist.bot.sending.DeliveryFailed;
import dev.marketassist.bot.sending.OutboundMessages;
import dev.marketassist.bot.sending.Priority;
import dev.marketassist.product.FileStorage;
import dev.marketassist.dialogs.Conversation;
import dev.marketassist.dialogs.Dialogs;
import dev.marketassist.dialogs.Outcome;
import dev.marketassist.dialogs.Outgoing;
import dev.marketassist.dialogs.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Delivers the conversations' outbox to Telegram through the one rate-limited sender: the
 * Telegram {@link OutboxDelivery.Channel} of the shared outbox loop, which performs the entries in
 * order and confirms them in one write. An entry that Telegram refuses for good (the user blocked
 * the bot, the message is gone) is dropped with a log line; one that could not be sent for now
 * stays in the outbox for the recovery sweep. Every button press is acknowledged
 * (answerCallbackQuery) first, so the user's spinner stops at once.
 * <p>
 * Delivery is asynchronous: no thread waits for Telegram; the next entry is sent when the previous
 * one is answered, and the confirmation is written on the delivery threads. The outcome of a
 * user's own update goes as a {@link Priority#REPLY}; notifications and recovery as background
 * work. Removing an old prompt's buttons is low-priority housekeeping: confirmed once handed to
 * the sender (which retries it, and logs it if it fails for good), never waited for, skipped when
 * the message has no buttons any more (see {@link DeliverySteps}); a stale button that survives a
 * crash is recognised as stale by the engine.
 */
final class TelegramDelivery implements Deliverer, OutboxDelivery.Channel<DeliverySteps.Step> {

	private static final Logger log = LoggerFactory.getLogger(TelegramDelivery.class);

	private static final long TIMEOUT_SECONDS = 120;

	private final OutboundMessages sender;

	private final ReplyRenderer renderer = new ReplyRenderer();

	private final DeliverySteps steps;

	private final DocumentUploads documents;

	private final String providerToken;

	private final OutboxDelivery<DeliverySteps.Step> outbox;

	TelegramDelivery(OutboundMessages sender, Dialogs dialogs, String providerToken, FileStorage files, Executor executor,
			boolean keepSupersededButtons) {
		this.steps = new DeliverySteps(keepSupersededButtons);
		this.sender = sender;
		this.providerToken = providerToken;
		this.documents = new DocumentUploads(sender, files);
		this.outbox = new OutboxDelivery<>(dialogs, this, executor);
	}

	@Override
	public void deliver(Outcome outcome, String callbackId) {
		await("delivery", deliverAsync(outcome, callbackId, false));
	}

	@Override
	public CompletableFuture<Void> deliverAsync(Outcome outcome, String callbackId, boolean reply) {
		answer(callbackId, outcome.notice());
		return this.outbox.deliver(outcome, reply);
	}

	@Override
	public List<DeliverySteps.Step> plan(long chatId, List<Outgoing> entries) {
		return this.steps.plan(chatId, entries);
	}

	@Override
	public CompletableFuture<Integer> perform(Outcome owed, DeliverySteps.Step step, boolean reply) {
		return perform(owed.chatId(), step.entry(), reply ? Priority.REPLY : Priority.BACKGROUND);
	}

	@Override
	public OutboxDelivery.Failure classify(Outgoing entry, Throwable error) {
		DeliveryFailed failed = asFailure(entry.action().name(), error);
		return failed.permanent()
				? OutboxDelivery.Failure.permanentFailure(
						failed.errorCode() + (failed.blockedByUser() ? " (bot blocked by the user)" : ""))
				: OutboxDelivery.Failure.transientFailure(failed.getMessage());
	}

	/** Performs one entry; completes with the id of the message that now carries live buttons, if any. */
	private CompletableFuture<Integer> perform(long chatId, Outgoing entry, Priority priority) {
		Reply reply = entry.reply();
		return switch (entry.action()) {
			case SEND -> sendNew(chatId, reply, priority);
			case EDIT -> edit(chatId, entry, priority);
			case CLEAR_KEYBOARD -> {
				clearKeyboard(chatId, entry.messageId());
				yield CompletableFuture.completedFuture(null);
			}
			case INVOICE -> this.sender.send(chatId, InvoiceRequests.of(chatId, entry.invoice(), this.providerToken), priority)
				.thenApply((message) -> (Integer) null);
			case DOCUMENT -> this.documents.send(chatId, entry.document(), reply, priority).thenApply((message) -> null);
		};
	}

	private CompletableFuture<Integer> edit(long chatId, Outgoing entry, Priority priority) {
		Reply reply = entry.reply();
		Integer live = reply.hasKeyboard() ? entry.messageId() : null;
		return this.sender.send(chatId, this.renderer.edit(chatId, entry.messageId(), reply), priority)
			.handle((ok, error) -> {
				if (error == null) {
					remember(chatId, entry.messageId(), reply);
					return CompletableFuture.completedFuture(live);
				}
				DeliveryFailed failed = asFailure("editMessageText", error);
				if (notModified(failed)) {
					return CompletableFuture.completedFuture(live);
				}
				if (failed.permanent() && !failed.blockedByUser()) {
					return sendNew(chatId, reply, priority);
				}
				return CompletableFuture.<Integer>failedFuture(failed);
			})
			.thenCompose((next) -> next);
	}

	/**
	 * Low priority, not waited for: the sender keeps it in the chat's order and retries it. The
	 * message counts as bare from now on, so a second removal of it (a double tap) is not made;
	 * if the removal fails for good it is forgotten again.
	 */
	private void clearKeyboard(long chatId, Integer messageId) {
		this.steps.bare(chatId, messageId);
		this.sender.send(chatId, this.renderer.clearKeyboard(chatId, messageId), Priority.BACKGROUND)
			.whenComplete((ok, error) -> {
				DeliveryFailed failed = (error != null) ? asFailure("editMessageReplyMarkup", error) : null;
				if (failed == null || notModified(failed)) {
					return;
				}
				this.steps.forget(chatId, messageId);
				if (!failed.permanent() || failed.blockedByUser()) {
					log.warn("Could not remove the buttons of a message in chat …{}: {}", tail(chatId), failed.getMessage());
				}
			});
	}

	private CompletableFuture<Integer> sendNew(long chatId, Reply reply, Priority priority) {
		CompletableFuture<Message> sent = CompletableFuture.completedFuture(null);
		for (SendMessage message : this.renderer.send(chatId, reply)) {
			sent = sent.thenCompose((previous) -> this.sender.send(chatId, message, priority));
		}
		return sent.thenApply((last) -> {
			Integer id = (last != null) ? last.getMessageId() : null;
			if (reply.hasKeyboard()) {
				this.steps.buttons(chatId, id, reply);
				return id;
			}
			this.steps.bare(chatId, id);
			return null;
		});
	}

	private void remember(long chatId, Integer messageId, Reply reply) {
		if (reply.hasKeyboard()) {
			this.steps.buttons(chatId, messageId, reply);
		}
		else {
			this.steps.bare(chatId, messageId);
		}
	}

	@Override
	public void notify(Conversation to, String html, String callbackId) {
		answer(callbackId, null);
		for (SendMessage message : this.renderer.send(to.chatId(), Reply.of(html))) {
			call(to.chatId(), message);
		}
	}

	private void answer(String callbackId, String notice) {
		if (callbackId == null) {
			return;
		}
		var answer = AnswerCallbackQuery.builder().callbackQueryId(callbackId);
		if (notice != null) {
			answer.text(notice.length() > 200 ? notice.substring(0, 199) + "…" : notice);
		}
		this.sender.sendNow(answer.build()).exceptionally(error -> {
			log.warn("Answering a callback query failed for good: {}", error.toString());
			return null;
		});
	}

	private Object call(long chatId, BotApiMethod<?> method) {
		return await(method.getMethod(), this.sender.send(chatId, method, Priority.REPLY));
	}

	static <T> T await(String method, CompletableFuture<T> call) {
		try {
			return call.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (ExecutionException | CompletionException ex) {
			throw asFailure(method, ex);
		}
		catch (TimeoutException ex) {
			throw new DeliveryFailed(method, 0, false, "timed out", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DeliveryFailed(method, 0, false, "interrupted", ex);
		}
	}

	static DeliveryFailed asFailure(String method, Throwable error) {
		Throwable cause = error;
		while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		return (cause instanceof DeliveryFailed failed) ? failed
				: new DeliveryFailed(method, 0, false, String.valueOf(cause), cause);
	}

	private static boolean notModified(DeliveryFailed failed) {
		return failed.errorCode() == 400 && failed.description() != null && failed.description().contains("not modified");
	}

	static String tail(long chatId) {
		return OutboxDelivery.tail(chatId);
	}

}
