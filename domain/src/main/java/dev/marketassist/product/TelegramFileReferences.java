package dev.marketassist.product;

import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The {@link FileStorage} of {@code market.files.storage=telegram}: the file stays with Telegram
 * and its {@code file_id} is the reference (Telegram keeps files of a bot's chats available through
 * getFile).
 */
@Component
@ConditionalOnProperty(name = "market.files.storage", havingValue = "telegram")
class TelegramFileReferences implements FileStorage {

	@Override
	public StoredFile store(StoredFile uploaded, StoredFile.Kind kind, String providerId, String productId) {
		return uploaded;
	}

	@Override
	public Optional<byte[]> content(String reference) {
		return Optional.empty();
	}

}
