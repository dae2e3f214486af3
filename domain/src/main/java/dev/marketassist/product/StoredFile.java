package dev.marketassist.product;

import java.util.Locale;
import java.util.Set;

import dev.marketassist.core.InvalidValue;

/**
 * An uploaded file as the {@link FileStorage} keeps it: its reference, name, type and size.
 * {@link #logo} and {@link #usageDocument} check type and size (SPEC §6).
 */
public record StoredFile(String reference, String fileName, String mimeType, long size) {

	static final long LOGO_MAX = 2L * 1024 * 1024;

	static final long DOCUMENT_MAX = 5L * 1024 * 1024;

	private static final Set<String> LOGO_TYPES = Set.of("jpg", "jpeg", "png");

	private static final Set<String> DOCUMENT_TYPES = Set.of("pdf", "doc", "docx", "ppt", "pptx", "zip", "rar");

	/** What a product file is for, and how large it may be. */
	public enum Kind {

		LOGO(LOGO_MAX), USAGE_DOCUMENT(DOCUMENT_MAX);

		private final long maxBytes;

		Kind(long maxBytes) {
			this.maxBytes = maxBytes;
		}

		public long maxBytes() {
			return maxBytes;
		}

		/** The limit for people: {@code 2} (MB). */
		public long maxMegabytes() {
			return maxBytes / 1024 / 1024;
		}

	}

	/** Decodes {@code reference|name|mime|size} (a dialog's canonical answer). */
	public static StoredFile decode(String encoded) {
		String[] parts = encoded.split("\\|", -1);
		if (parts.length != 4) {
			throw new InvalidValue("invalid.product.file.type", "");
		}
		return new StoredFile(parts[0], nullable(parts[1]), nullable(parts[2]), Long.parseLong(parts[3]));
	}

	public String encoded() {
		return String.join("|", reference, String.valueOf(fileName), String.valueOf(mimeType), Long.toString(size));
	}

	/** A logo: jpg, jpeg or png (a Telegram photo is a JPEG), at most 2 MB. */
	public static StoredFile logo(String encoded) {
		StoredFile file = decode(encoded);
		String ext = file.fileName == null ? ("image/png".equals(file.mimeType) ? "png" : "jpg") : file.extension();
		if (!LOGO_TYPES.contains(ext)) {
			throw new InvalidValue("invalid.product.logo.type", ext);
		}
		return file.within(LOGO_MAX);
	}

	/** A usage document: PDF, Word, PPT, ZIP or RAR, at most 5 MB. */
	public static StoredFile usageDocument(String encoded) {
		StoredFile file = decode(encoded);
		String ext = file.extension();
		if (!DOCUMENT_TYPES.contains(ext)) {
			throw new InvalidValue("invalid.product.document.type", ext.isEmpty() ? "?" : ext);
		}
		return file.within(DOCUMENT_MAX);
	}

	/** The size as a person writes it: {@code 512 B}, {@code 2 KB}, {@code 1.4 MB}, {@code 5.0 MB}. */
	public String shownSize() {
		return size(size);
	}

	static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return Math.round(bytes / 1024.0) + " KB";
		}
		return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
	}

	/** How the file is shown: its name (a photo, which has none: 🖼) and size, the same in every language. */
	public String shown() {
		return fileName == null ? "🖼 " + shownSize() : fileName + " (" + shownSize() + ")";
	}

	private StoredFile within(long max) {
		if (size > max) {
			throw new InvalidValue("invalid.product.file.size", max / 1024 / 1024, shownSize());
		}
		return this;
	}

	private String extension() {
		if (fileName == null || fileName.lastIndexOf('.') < 0) {
			return "";
		}
		return fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
	}

	private static String nullable(String part) {
		return part.isEmpty() || "null".equals(part) ? null : part;
	}

}
