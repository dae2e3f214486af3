package dev.marketassist.bot.sandbox;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.marketassist.product.FileUnavailable;
import dev.marketassist.product.UploadedFiles;

/**
 * Files sent in the sandbox chat, kept in memory (the latest {@value #KEPT}) until the product
 * storage fetches them, as Telegram keeps a chat's files for getFile. A file described without its
 * content, or forgotten (a restart), cannot be fetched: the seller is asked to send it again.
 */
public final class SandboxFiles {

	/** Sandbox file ids start with this. */
	public static final String PREFIX = "sandbox-";

	static final int KEPT = 64;

	private final Map<String, byte[]> contents = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
			return size() > KEPT;
		}

	};

	/** Keeps a file's content (or none) and gives it its id. */
	synchronized String add(byte[] content) {
		String fileId = PREFIX + UUID.randomUUID();
		if (content != null) {
			contents.put(fileId, content);
		}
		return fileId;
	}

	/** The content of a file sent in the sandbox. */
	public synchronized UploadedFiles.Content fetch(String fileId, long limit) {
		byte[] content = contents.get(fileId);
		if (content == null) {
			throw new FileUnavailable("the sandbox has no content for this file");
		}
		byte[] read = content.length > limit + 1 ? Arrays.copyOf(content, (int) (limit + 1)) : content.clone();
		return new UploadedFiles.Content(fileId, read);
	}

}
