package dev.marketassist.bot.telegram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.marketassist.bot.inbound.Deliverer;
import dev.marketassist.bot.sending.DeliveryFailed;
import dev.marketassist.bot.sending.OutboundMessages;
import dev.marketassist.catalog.FileStorage;
import dev.marketassist.catalog.StoredFile;
import dev.marketassist.dialogs.Conversation;
import dev.marketassist.dialogs.Dialogs;
import dev.marketassist.dialogs.Outcome;
import dev.marketassist.dialogs.Outgoing;
import dev.marketassist.dialogs.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.invoices.SendInvoice;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.payments.LabeledPrice;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Delivers the conversations' outbox to Telegram through the one rate-limited sender, entry by
 * entry in order, and confirms what was delivered in one write. An entry that Telegram refuses
 * for good (the user blocked the bot, the message is gone) is dropped with a log line; one that
 * could not be sent for now stays in the outbox for the recovery sweep. Every button press is
 * acknowledged (answerCallbackQuery) first, so the user's spinner stops at once.
 */
final class TelegramDelivery implements Deliverer {

	private static final Logger log = LoggerFactory.getLogger(TelegramDelivery.class);

	private static final long TIMEOUT_SECONDS = 120;

	private final OutboundMessages sender;

	private final Dialogs dialogs;

	private final ReplyRenderer renderer = new ReplyRenderer();

	private final String providerToken;

	private final FileStorage files;

	TelegramDelivery(OutboundMessages sender, Dialogs dialogs, String providerToken, FileStorage files) {
		this.sender = sender;
		this.dialogs = dialogs;
		this.providerToken = providerToken;
		this.files = files;
	}

	@Override
	public void deliver(Outcome outcome, String callbackId) {
		answer(callbackId, outcome.notice());
		List<String> done = new ArrayList<>();
		Integer prompt = null;
		long chatId = outcome.chatId();
		for (Outgoing entry : outcome.deliveries()) {
			try {
				Integer live = perform(chatId, entry);
				if (live != null) {
					prompt = live;
				}
				done.add(entry.key());
			}
			catch (DeliveryFailed failed) {
				if (!failed.permanent()) {
					log.warn("Delivery to chat …{} paused ({}); the rest waits for the recovery sweep", tail(chatId),
							failed.getMessage());
					break;
				}
				log.warn("Dropping an undeliverable {} for chat …{}: {} {}", entry.action(), tail(chatId), failed.errorCode(),
						failed.blockedByUser() ? "(bot blocked by the user)" : "");
				done.add(entry.key());
			}
		}
		dialogs.delivered(outcome.sessionId(), done, prompt);
	}

	/** Performs one entry; returns the id of the message that now carries live buttons, if any. */
	private Integer perform(long chatId, Outgoing entry) {
		Reply reply = entry.reply();
		switch (entry.action()) {
			case SEND -> {
				return sendNew(chatId, reply);
			}
			case EDIT -> {
				try {
					call(chatId, renderer.edit(chatId, entry.messageId(), reply));
					return reply.hasKeyboard() ? entry.messageId() : null;
				}
				catch (DeliveryFailed failed) {
					if (notModified(failed)) {
						return reply.hasKeyboard() ? entry.messageId() : null;
					}
					if (failed.permanent() && !failed.blockedByUser()) {
						return sendNew(chatId, reply);
					}
					throw failed;
				}
			}
			case CLEAR_KEYBOARD -> {
				try {
					call(chatId, renderer.clearKeyboard(chatId, entry.messageId()));
				}
				catch (DeliveryFailed failed) {
					if (!(notModified(failed) || (failed.permanent() && !failed.blockedByUser()))) {
						throw failed;
					}
				}
				return null;
			}
			case INVOICE -> {
				var invoice = entry.invoice();
				call(chatId, SendInvoice.builder()
					.chatId(chatId)
					.title(invoice.title())
					.description(invoice.description())
					.payload(invoice.payload())
					.providerToken(providerToken)
					.currency(invoice.currency())
					.prices(List.of(new LabeledPrice(invoice.title(), (int) invoice.amountMinor())))
					.build());
				return null;
			}
			case DOCUMENT -> {
				sendDocument(chatId, StoredFile.decode(entry.document()), reply);
				return null;
			}
			default -> throw new IllegalStateException("unknown action " + entry.action());
		}
	}

	/**
	 * Sends a stored file: uploaded (multipart) from the storage, or by Telegram's {@code file_id}
	 * when the storage keeps only that. The content goes through a temporary file, so that a retry
	 * of the upload reads it again.
	 */
	private void sendDocument(long chatId, StoredFile file, Reply caption) {
		Optional<byte[]> content = files.content(file.reference());
		Path temp = null;
		try {
			InputFile input;
			if (content.isPresent()) {
				temp = Files.createTempFile("market-file-", ".upload");
				Files.write(temp, content.get());
				input = new InputFile(temp.toFile(), uploadName(file));
			}
			else if (file.reference().contains(":")) { // a storage's own reference (gridfs:…) whose file is gone
				throw new DeliveryFailed("sendDocument", 0, true, "stored file " + file.reference() + " not found", null);
			}
			else {
				input = new InputFile(file.reference());
			}
			await("sendDocument", sender.send(chatId, SendDocument.builder()
				.chatId(chatId)
				.document(input)
				.caption(caption.html())
				.parseMode(ParseMode.HTML)
				.build()));
		}
		catch (IOException ex) {
			throw new DeliveryFailed("sendDocument", 0, false, "temporary file: " + ex.getMessage(), ex);
		}
		finally {
			if (temp != null) {
				temp.toFile().delete();
			}
		}
	}

	private static String uploadName(StoredFile file) {
		if (file.fileName() != null) {
			return file.fileName();
		}
		return "image/png".equals(file.mimeType()) ? "logo.png" : "logo.jpg";
	}

	private Integer sendNew(long chatId, Reply reply) {
		Message last = null;
		for (SendMessage message : renderer.send(chatId, reply)) {
			last = (Message) call(chatId, message);
		}
		return reply.hasKeyboard() && last != null ? last.getMessageId() : null;
	}

	@Override
	public void notify(Conversation to, String html, String callbackId) {
		answer(callbackId, null);
		for (SendMessage message : renderer.send(to.chatId(), Reply.of(html))) {
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
		sender.sendNow(answer.build()).exceptionally(error -> {
			log.debug("Answering a callback query failed: {}", error.toString());
			return null;
		});
	}

	private Object call(long chatId, org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod<?> method) {
		return await(method.getMethod(), sender.send(chatId, method));
	}

	private static Object await(String method, CompletableFuture<?> call) {
		try {
			return call.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (ExecutionException | CompletionException ex) {
			if (ex.getCause() instanceof DeliveryFailed failed) {
				throw failed;
			}
			throw new DeliveryFailed(method, 0, false, String.valueOf(ex.getCause()), ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new DeliveryFailed(method, 0, false, "timed out", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DeliveryFailed(method, 0, false, "interrupted", ex);
		}
	}

	private static boolean notModified(DeliveryFailed failed) {
		return failed.errorCode() == 400 && failed.description() != null && failed.description().contains("not modified");
	}

	private static String tail(long chatId) {
		String id = Long.toString(Math.abs(chatId));
		return id.length() <= 3 ? id : id.substring(id.length() - 3);
	}

}
