package dev.marketassist.core;

import java.time.Duration;

/**
 * Checks the settings records ({@code market.*}) run in their constructors: a bad value refuses
 * the start with a message naming the property, instead of failing later in some job.
 */
public final class SettingChecks {

	private SettingChecks() {
	}

	/**
	 * @param value the bound value, {@code null} when unset
	 * @param fallback the default
	 * @param property the property's name, for the message
	 * @return {@code value}, or {@code fallback} when unset
	 * @throws IllegalArgumentException when {@code value} is zero or negative
	 */
	public static Duration positive(Duration value, Duration fallback, String property) {
		if (value == null) {
			return fallback;
		}
		if (value.isZero() || value.isNegative()) {
			throw new IllegalArgumentException(property + " must be a positive duration (e.g. 30s, 5m, 2d), not " + value);
		}
		return value;
	}

	/**
	 * @param value the bound value, {@code null} when unset
	 * @param fallback the default
	 * @param min the smallest allowed value
	 * @param property the property's name, for the message
	 * @return {@code value}, or {@code fallback} when unset
	 * @throws IllegalArgumentException when {@code value} is below {@code min}
	 */
	public static int atLeast(Integer value, int fallback, int min, String property) {
		if (value == null) {
			return fallback;
		}
		if (value < min) {
			throw new IllegalArgumentException(property + " must be at least " + min + ", not " + value);
		}
		return value;
	}

}
