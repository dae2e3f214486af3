package dev.marketassist.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import dev.marketassist.core.InvalidValue;

/**
 * Asserts that a value object refuses input with a given message key.
 */
public final class InvalidValueAssertions {

	private InvalidValueAssertions() {
	}

	public static InvalidValue refused(ThrowingCallable call, String code) {
		InvalidValue invalid = catchThrowableOfType(InvalidValue.class, call);
		assertThat(invalid).as("refused with %s", code).isNotNull();
		assertThat(invalid.code()).isEqualTo(code);
		assertThat(invalid.getMessage()).isEqualTo(code);
		return invalid;
	}

}
