package dev.marketassist.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvalidValueTests {

	@Test
	void carriesMessageKeyAndArgumentsButNoStackTrace() {
		var invalid = new InvalidValue("invalid.uscc.length", 17);
		assertThat(invalid.code()).isEqualTo("invalid.uscc.length");
		assertThat(invalid.args()).containsExactly(17);
		assertThat(invalid.getMessage()).isEqualTo("invalid.uscc.length");
		assertThat(invalid.getStackTrace()).isEmpty();
	}

}
