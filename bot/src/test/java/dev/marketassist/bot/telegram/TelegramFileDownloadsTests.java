package dev.marketassist.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import dev.marketassist.product.FileUnavailable;
import dev.marketassist.product.UploadedFiles;
import dev.marketassist.testing.StandInBotApi;
import dev.marketassist.testing.TgUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Fetching a file a user sent, from the stand-in Bot API: getFile, then the download. */
class TelegramFileDownloadsTests {

	private static final String TOKEN = "123456:TEST-downloads-token";

	private static final TgUser ann = new TgUser(1001, "Ann", "en");

	private StandInBotApi api;

	private TelegramClient client;

	private TelegramFileDownloads downloads;

	@BeforeEach
	void start() {
		api = StandInBotApi.start(TOKEN);
		client = new OkHttpTelegramClient(TOKEN, new TelegramUrl("http", "127.0.0.1", api.port(), false));
		downloads = new TelegramFileDownloads(client, TOKEN, api.baseUrl(), Duration.ofSeconds(5));
	}

	@AfterEach
	void stop() {
		api.close();
	}

	@Test
	void fetchesTheBytesAndTheUniqueIdOfAFileAUserSent() throws Exception {
		byte[] bytes = new byte[123_456];
		new Random(1).nextBytes(bytes);
		Document sent = send(bytes);

		UploadedFiles.Content content = downloads.fetch(sent.getFileId(), 5L * 1024 * 1024);

		assertThat(content.bytes()).isEqualTo(bytes);
		assertThat(content.uniqueId()).isEqualTo(sent.getFileUniqueId());
	}

	@Test
	void readsAtMostOneByteOverTheLimit() throws Exception {
		Document sent = send(new byte[10_000]);

		assertThat(downloads.fetch(sent.getFileId(), 100).bytes()).hasSize(101);
	}

	@Test
	void reportsAFileTelegramCannotGiveWithoutTheToken() throws Exception {
		Document sent = send(new byte[10]);
		api.failNext("getFile", 1, 502, "Bad Gateway");

		FileUnavailable down = catchThrowableOfType(FileUnavailable.class, () -> downloads.fetch(sent.getFileId(), 100));
		FileUnavailable unknown = catchThrowableOfType(FileUnavailable.class, () -> downloads.fetch("no-such-file", 100));

		assertThat(down.getMessage()).contains("getFile failed").contains("502").doesNotContain(TOKEN);
		assertThat(unknown.getMessage()).contains("invalid file_id").doesNotContain(TOKEN);
	}

	@Test
	void reportsAFailedDownloadWithoutTheToken() throws Exception {
		Document sent = send(new byte[10]);
		// getFile answers, but the file server is elsewhere (nothing listens there)
		TelegramFileDownloads elsewhere = new TelegramFileDownloads(client, TOKEN, "http://127.0.0.1:1", Duration.ofSeconds(2));

		FileUnavailable failed = catchThrowableOfType(FileUnavailable.class, () -> elsewhere.fetch(sent.getFileId(), 100));

		assertThat(failed.getMessage()).contains("file download failed").doesNotContain(TOKEN);
	}

	private Document send(byte[] content) throws Exception {
		api.injectDocument(ann, "guide.pdf", "application/pdf", content);
		List<Update> updates = client.execute(GetUpdates.builder().timeout(1).build());
		return updates.get(updates.size() - 1).getMessage().getDocument();
	}

}
