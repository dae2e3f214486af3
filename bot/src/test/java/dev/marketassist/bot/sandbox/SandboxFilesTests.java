package dev.marketassist.bot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import dev.marketassist.product.FileUnavailable;
import org.junit.jupiter.api.Test;

/** Files sent in the sandbox chat, as the product storage fetches them. */
class SandboxFilesTests {

	final SandboxFiles files = new SandboxFiles();

	@Test
	void givesAFileItsContentUnderItsOwnId() {
		String id = files.add("guide".getBytes(StandardCharsets.UTF_8));

		assertThat(id).startsWith(SandboxFiles.PREFIX);
		assertThat(files.fetch(id, 100).bytes()).asString(StandardCharsets.UTF_8).isEqualTo("guide");
		assertThat(files.fetch(id, 100).uniqueId()).isEqualTo(id);
	}

	@Test
	void readsAtMostOneByteOverTheLimit() {
		String id = files.add(new byte[1000]);

		assertThat(files.fetch(id, 10).bytes()).hasSize(11);
	}

	@Test
	void cannotGiveAFileSentWithoutContentOrForgotten() {
		String described = files.add(null);
		String oldest = files.add(new byte[1]);
		for (int i = 0; i < SandboxFiles.KEPT; i++) {
			files.add(new byte[1]);
		}

		assertThatThrownBy(() -> files.fetch(described, 10)).isInstanceOf(FileUnavailable.class);
		assertThatThrownBy(() -> files.fetch(oldest, 10)).isInstanceOf(FileUnavailable.class);
		assertThatThrownBy(() -> files.fetch("sandbox-unknown", 10)).isInstanceOf(FileUnavailable.class);
	}

}
