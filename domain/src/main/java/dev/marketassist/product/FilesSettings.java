package dev.marketassist.product;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import static dev.marketassist.core.SettingChecks.positive;

/**
 * Product files: logos and usage documents ({@code market.files.*}).
 *
 * @param storage {@code gridfs} (fetched through the channel and kept in MongoDB, the default) or
 * {@code telegram} (only Telegram's {@code file_id} is kept); it selects the {@link FileStorage}
 * bean, and binding it here refuses any other value at start
 * @param downloadTimeout connect and read timeout of a file download from the Bot API (default 30 s)
 */
@ConfigurationProperties("market.files")
public record FilesSettings(Storage storage, Duration downloadTimeout) {

	public enum Storage {

		GRIDFS, TELEGRAM

	}

	public FilesSettings {
		storage = storage == null ? Storage.GRIDFS : storage;
		downloadTimeout = positive(downloadTimeout, Duration.ofSeconds(30), "market.files.download-timeout");
	}

}
