package dev.marketassist.bot;

import dev.marketassist.bot.sandbox.SandboxFiles;
import dev.marketassist.bot.telegram.TelegramFileDownloads;
import dev.marketassist.product.FileUnavailable;
import dev.marketassist.product.UploadedFiles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Uploaded files from the channel that received them: the sandbox chat's own ids, Telegram's
 * {@code file_id}s for everything else. A channel that is off cannot give a file.
 */
@Component
class ChannelFiles implements UploadedFiles {

	private final ObjectProvider<TelegramFileDownloads> telegram;

	private final ObjectProvider<SandboxFiles> sandbox;

	ChannelFiles(ObjectProvider<TelegramFileDownloads> telegram, ObjectProvider<SandboxFiles> sandbox) {
		this.telegram = telegram;
		this.sandbox = sandbox;
	}

	@Override
	public Content fetch(String reference, long limit) {
		if (reference.startsWith(SandboxFiles.PREFIX)) {
			SandboxFiles files = sandbox.getIfAvailable();
			if (files == null) {
				throw new FileUnavailable("the sandbox chat is off");
			}
			return files.fetch(reference, limit);
		}
		TelegramFileDownloads files = telegram.getIfAvailable();
		if (files == null) {
			throw new FileUnavailable("Telegram is off (no bot token)");
		}
		return files.fetch(reference, limit);
	}

}
