package dev.marketassist.product;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** File sizes as a person writes them, and a photo (no name) shown the same in every language. */
class StoredFileTests {

	@Test
	void showsSizesInBytesKilobytesOrMegabytes() {
		assertThat(StoredFile.size(0)).isEqualTo("0 B");
		assertThat(StoredFile.size(700)).isEqualTo("700 B");
		assertThat(StoredFile.size(2048)).isEqualTo("2 KB");
		assertThat(StoredFile.size(300_000)).isEqualTo("293 KB");
		assertThat(StoredFile.size(1_468_006)).isEqualTo("1.4 MB");
		assertThat(StoredFile.size(5L * 1024 * 1024)).isEqualTo("5.0 MB");
	}

	@Test
	void showsADocumentByNameAndAPhotoByAPictureSign() {
		assertThat(new StoredFile("gridfs:1", "运维服务使用手册.pdf", "application/pdf", 2048).shown()).isEqualTo("运维服务使用手册.pdf (2 KB)");
		assertThat(new StoredFile("gridfs:2", null, "image/jpeg", 80_000).shown()).isEqualTo("🖼 78 KB");
	}

}
