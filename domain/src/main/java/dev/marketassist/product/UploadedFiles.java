package dev.marketassist.product;

/**
 * Where uploaded files come from: the channel that received them (Telegram, the sandbox chat)
 * fetches a file's content by the reference it gave the dialog. Implemented outside the domain,
 * so that the catalog knows nothing of the Bot API.
 */
public interface UploadedFiles {

	/**
	 * Fetches the content of the file with this channel reference, reading at most
	 * {@code limit + 1} bytes, so that a file over the limit shows as longer than {@code limit}.
	 * @throws FileUnavailable if the channel cannot give the file now (down, file too big for it,
	 * unknown reference)
	 */
	Content fetch(String reference, long limit);

	/**
	 * A fetched file.
	 * @param uniqueId the channel's lasting id of the file (Telegram's {@code file_unique_id}),
	 * the same for every upload of the same file; {@code null} if the channel has none
	 * @param bytes the content
	 */
	record Content(String uniqueId, byte[] bytes) {
	}

}
