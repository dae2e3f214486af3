package dev.marketassist.bot.telegram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import dev.marketassist.bot.sending.DeliveryFailed;
import dev.marketassist.bot.sending.OutboundMessages;
import dev.marketassist.bot.sending.Priority;
import dev.marketassist.product.FileStorage;
import dev.marketassist.product.StoredFile;
import dev.marketassist.dialogs.Reply;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Sends a stored file: uploaded (multipart) from the storage, or by Telegram's {@code file_id}
 * when the storage keeps only that. The content goes through a temporary file, so that a retry of
 * the upload reads it again; the file is deleted once the call settled.
 */
final class DocumentUploads {

	private final OutboundMessages sender;

	private final FileStorage files;

	DocumentUploads(OutboundMessages sender, FileStorage files) {
		this.sender = sender;
		this.files = files;
	}

	CompletableFuture<Message> send(long chatId, String encoded, Reply caption, Priority priority) {
		StoredFile file = StoredFile.decode(encoded);
		Optional<byte[]> content = this.files.content(file.reference());
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
			CompletableFuture<Message> sent = this.sender.send(chatId, SendDocument.builder()
				.chatId(chatId)
				.document(input)
				.caption(caption.html())
				.parseMode(ParseMode.HTML)
				.build(), priority);
			Path uploaded = temp;
			temp = null;
			return sent.whenComplete((message, error) -> {
				if (uploaded != null) {
					uploaded.toFile().delete();
				}
			});
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

}
