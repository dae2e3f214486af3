package dev.marketassist.catalog;

import org.springframework.stereotype.Component;

/**
 * The default {@link FileStorage}: the file stays with Telegram and its {@code file_id} is the
 * reference (Telegram keeps files of a bot's chats available through getFile).
 */
@Component
class TelegramFileReferences implements FileStorage {

	@Override
	public StoredFile store(StoredFile uploaded) {
		return uploaded;
	}

}
