package dev.marketassist.bot.sending;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the buckets on a simulated clock, taking every token as soon as it is there. */
class FloodLimitsTests {

	private final ManualTime time = new ManualTime();

	private final FloodLimits limits = new FloodLimits(SendingSettings.defaults(), this.time);

	@Test
	void sustains29PerSecondOverallAndCatchesUpHalfASecondAtMost() {
		// polling every 1.3 ms: late wake-ups must not cost throughput
		List<Long> sent = drain(Duration.ofSeconds(20), 1_300_000, this::takeGlobalSlot);
		assertThat(sent.stream().filter((at) -> at == 0)).hasSize(14);
		assertThat(sent.size()).isBetween(14 + 29 * 20 - 1, 14 + 29 * 20 + 1);
	}

	@Test
	void pacesAPrivateChatAfterABurstOfThree() {
		Bucket chat = this.limits.forChat(42);
		List<Long> sent = drain(Duration.ofSeconds(60), 10_000_000, () -> FloodLimits.takeChatSlot(chat));
		assertThat(sent.subList(0, 3)).containsOnly(0L);
		assertThat(mostWithin(sent, Duration.ofSeconds(1))).isLessThanOrEqualTo(4);
		assertThat(sent.size()).isBetween(60, 63);
	}

	@Test
	void keepsEveryMinuteAtOrUnderTwentyForAGroup() {
		Bucket group = this.limits.forChat(-100);
		List<Long> sent = drain(Duration.ofMinutes(5), 50_000_000, () -> FloodLimits.takeChatSlot(group));
		assertThat(mostWithin(sent, Duration.ofMinutes(1))).isLessThanOrEqualTo(20);
		assertThat(mostWithin(sent, Duration.ofSeconds(1))).isLessThanOrEqualTo(4);
		assertThat(sent.size()).isGreaterThanOrEqualTo(17 * 5);
	}

	@Test
	void forgetsAnIdleChatOnlyOnceItsBucketsAreFull() {
		Bucket group = this.limits.forChat(-100);
		group.tryConsumeAsMuchAsPossible();
		this.time.nanos += this.limits.refillAllNanos();
		assertThat(group.getAvailableTokens()).isEqualTo(3);
	}

	private long takeGlobalSlot() {
		long wait = this.limits.nanosUntilGlobalSlot();
		return (wait == 0 && this.limits.takeGlobalSlot()) ? 0 : Math.max(1, wait);
	}

	/** Takes tokens (0 = taken) at each step of the simulated clock; returns when each was taken. */
	private List<Long> drain(Duration span, long stepNanos, LongSupplier take) {
		List<Long> taken = new ArrayList<>();
		for (; this.time.nanos <= span.toNanos(); this.time.nanos += stepNanos) {
			while (take.getAsLong() == 0) {
				taken.add(this.time.nanos);
			}
		}
		return taken;
	}

	private static int mostWithin(List<Long> times, Duration window) {
		int most = 0;
		for (int i = 0, j = 0; i < times.size(); i++) {
			while (times.get(i) - times.get(j) >= window.toNanos()) {
				j++;
			}
			most = Math.max(most, i - j + 1);
		}
		return most;
	}

	static final class ManualTime implements TimeMeter {

		long nanos;

		@Override
		public long currentTimeNanos() {
			return this.nanos;
		}

		@Override
		public boolean isWallClockBased() {
			return false;
		}

	}

}
