package dev.marketassist.bot.sending;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Starts calls as fast as the window allows, on a simulated clock with random network delays. */
class ArrivalWindowTests {

	private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

	@Test
	void noSecondOfArrivalsExceedsTheLimitWhateverTheDelays() {
		List<Long> arrivals = simulate(30, 250, 20);
		assertThat(mostWithinOneSecond(arrivals)).isEqualTo(30);
	}

	@Test
	void allowsTheFullRateWhenCallsAreQuick() {
		List<Long> arrivals = simulate(30, 2, 20);
		assertThat(arrivals.size()).isGreaterThanOrEqualTo(29 * 20);
	}

	@Test
	void waitsForARunningCallWhenAllPlacesAreTakenByRunningCalls() {
		ArrivalWindow window = new ArrivalWindow(2);
		assertThat(window.nanosUntilFree(0, 2)).isEqualTo(ArrivalWindow.AFTER_NEXT_END);
		window.ended(100 * MS);
		assertThat(window.nanosUntilFree(100 * MS, 1)).isEqualTo(1000 * MS);
		assertThat(window.nanosUntilFree(1100 * MS, 1)).isZero();
	}

	/** Returns the arrival times of the calls started in the given seconds. */
	private static List<Long> simulate(int limit, int maxDelayMillis, int seconds) {
		Random random = new Random(42);
		ArrivalWindow window = new ArrivalWindow(limit);
		PriorityQueue<Long> ends = new PriorityQueue<>();
		List<Long> arrivals = new ArrayList<>();
		for (long now = 0; now < seconds * 1000 * MS; now += MS) {
			while (!ends.isEmpty() && ends.peek() <= now) {
				window.ended(ends.poll());
			}
			while (window.nanosUntilFree(now, ends.size()) == 0) {
				long delay = random.nextInt(maxDelayMillis + 1) * MS;
				ends.add(now + delay);
				arrivals.add(now + (long) (random.nextDouble() * delay));
			}
		}
		return arrivals.stream().sorted().toList();
	}

	private static int mostWithinOneSecond(List<Long> times) {
		int most = 0;
		for (int i = 0, j = 0; i < times.size(); i++) {
			while (times.get(i) - times.get(j) >= 1000 * MS) {
				j++;
			}
			most = Math.max(most, i - j + 1);
		}
		return most;
	}

}
