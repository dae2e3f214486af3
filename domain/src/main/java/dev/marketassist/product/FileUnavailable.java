package dev.marketassist.product;

/**
 * Thrown by {@link UploadedFiles} when a file's content cannot be fetched from its channel now.
 * The message says why for the log (never a token); the user is told by a message key.
 */
public class FileUnavailable extends RuntimeException {

	public FileUnavailable(String reason, Throwable cause) {
		super(reason, cause);
	}

	public FileUnavailable(String reason) {
		super(reason);
	}

}
