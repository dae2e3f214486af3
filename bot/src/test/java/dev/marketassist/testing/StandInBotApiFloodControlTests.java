package dev.marketassist.testing;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link FloodControl}, the flood limits of the stand-in Bot API, on a synthetic clock.
 */
class StandInBotApiFloodControlTests {

	private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

	private final FloodControl flood = new FloodControl();

	@Test
	void aPrivateChatAllowsABurstOfThreeThenOnePerSecond() {
		long now = 1_000 * SECOND;
		for (int i = 0; i < 3; i++) {
			assertThat(this.flood.retryAfter(7, now)).isZero();
			this.flood.record(7, now);
		}

		assertThat(this.flood.retryAfter(7, now)).isEqualTo(1);
		assertThat(this.flood.retryAfter(8, now)).as("another chat has its own bucket").isZero();
		assertThat(this.flood.retryAfter(7, now + SECOND)).isZero();
	}

	@Test
	void aGroupAllowsTwentyMessagesPerMinute() {
		long start = 1_000 * SECOND;
		for (int i = 0; i < 20; i++) {
			long at = start + i * 2 * SECOND;
			assertThat(this.flood.retryAfter(-42, at)).isZero();
			this.flood.record(-42, at);
		}

		assertThat(this.flood.retryAfter(-42, start + 40 * SECOND)).isEqualTo(20);
		assertThat(this.flood.retryAfter(-42, start + 60 * SECOND)).isZero();
	}

	@Test
	void allChatsTogetherAllowThirtyMessagesPerSecond() {
		long start = 1_000 * SECOND;
		for (int i = 0; i < 30; i++) {
			long at = start + i * (SECOND / 100);
			assertThat(this.flood.retryAfter(100 + i, at)).isZero();
			this.flood.record(100 + i, at);
		}

		assertThat(this.flood.retryAfter(500, start + SECOND / 2)).isEqualTo(1);
		assertThat(this.flood.retryAfter(500, start + SECOND)).isZero();
	}

}
