package dev.marketassist.catalog;

/**
 * Where product files (logos, usage documents) are kept. The default keeps Telegram's
 * {@code file_id} as the reference ({@link TelegramFileReferences}); a GridFS implementation
 * would download the file through the channel first.
 */
public interface FileStorage {

	/** Stores an uploaded file and returns it with its lasting reference. */
	StoredFile store(StoredFile uploaded);

}
