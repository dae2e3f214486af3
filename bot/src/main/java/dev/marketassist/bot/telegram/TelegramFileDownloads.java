package dev.marketassist.bot.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.marketassist.product.FileUnavailable;
import dev.marketassist.product.UploadedFiles;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Fetches a file a user sent the bot: getFile for its path, then a download from
 * {@code <api-url>/file/bot<token>/<file_path>} (the configured Bot API, so a local Bot API
 * server or a test stand-in serves it too; the client library's own download always goes to
 * api.telegram.org). Reads at most one byte over the caller's limit. The token never appears in
 * an error.
 */
public final class TelegramFileDownloads {

	private final TelegramClient client;

	private final String token;

	private final String apiUrl;

	private final HttpClient http;

	private final Duration timeout;

	TelegramFileDownloads(TelegramClient client, String token, String apiUrl, Duration timeout) {
		this.client = client;
		this.token = token;
		this.apiUrl = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
		this.timeout = timeout;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
	}

	/** The content of the file with this {@code file_id}. */
	public UploadedFiles.Content fetch(String fileId, long limit) {
		File file = locate(fileId);
		if (file.getFilePath() == null || file.getFilePath().isBlank()) {
			throw new FileUnavailable("getFile gave no file_path");
		}
		HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl + "/file/bot" + token + "/" + file.getFilePath()))
			.timeout(timeout)
			.GET()
			.build();
		try {
			HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				if (response.statusCode() != 200) {
					throw new FileUnavailable("file download answered HTTP " + response.statusCode());
				}
				return new UploadedFiles.Content(file.getFileUniqueId(), body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1)));
			}
		}
		catch (IOException ex) {
			throw new FileUnavailable("file download failed: " + safe(ex), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FileUnavailable("file download interrupted", ex);
		}
	}

	private File locate(String fileId) {
		try {
			return client.execute(GetFile.builder().fileId(fileId).build());
		}
		catch (TelegramApiException ex) {
			throw new FileUnavailable("getFile failed: " + safe(ex));
		}
	}

	private String safe(Exception ex) {
		String message = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		return token.isEmpty() ? message : message.replace(token, "<token>");
	}

}
