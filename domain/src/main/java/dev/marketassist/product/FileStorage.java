package dev.marketassist.product;

import java.util.Optional;

/**
 * Where product files (logos, usage documents) are kept: {@link GridFsFileStorage} (the default,
 * {@code market.files.storage=gridfs}) downloads each file through its channel and keeps the
 * bytes in MongoDB; {@link TelegramFileReferences} ({@code telegram}) keeps Telegram's
 * {@code file_id} as the reference.
 */
public interface FileStorage {

	/**
	 * Stores an uploaded file of this provider's product and returns it with its lasting
	 * reference. Idempotent: a file already stored is returned as it is, and storing the same
	 * upload again keeps one copy.
	 * @throws dev.marketassist.core.Refused {@code refused.product.file.unavailable} if the file
	 * cannot be fetched now, {@code refused.product.file.too-large} if its content is over the limit
	 */
	StoredFile store(StoredFile uploaded, StoredFile.Kind kind, String providerId, String productId);

	/**
	 * The content of a stored file, for reviewers; empty if this storage keeps only the channel's
	 * reference (the channel sends the file by that reference) or the file is gone.
	 */
	Optional<byte[]> content(String reference);

}
