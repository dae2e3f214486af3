package dev.marketassist.bot.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Group commit: every write returns only after a commit that started after it was applied. */
class GroupCommitTests {

	/** A stand-in store: writes count up, a commit makes everything applied at its start durable. */
	private final AtomicLong applied = new AtomicLong();

	private final AtomicLong durable = new AtomicLong();

	@Test
	void everyWriteReturnsOnlyOnceACommitCoversIt() throws Exception {
		GroupCommit group = new GroupCommit(() -> {
			long snapshot = this.applied.get();
			Thread.onSpinWait();
			this.durable.accumulateAndGet(snapshot, Math::max);
		});
		ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
		ExecutorService writers = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int w = 0; w < 8; w++) {
				done.add(writers.submit(() -> {
					for (int i = 0; i < 500; i++) {
						long mine = this.applied.incrementAndGet();
						group.awaitDurable();
						if (this.durable.get() < mine) {
							violations.add("write " + mine + " returned with only " + this.durable.get() + " durable");
						}
					}
				}));
			}
			for (Future<?> f : done) {
				f.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			writers.shutdownNow();
		}
		assertThat(violations).isEmpty();
		assertThat(group.writes()).isEqualTo(4000);
		assertThat(group.commits()).isBetween(1L, 4000L);
	}

	@Test
	void writersArrivingDuringACommitShareTheNextOne() throws Exception {
		CountDownLatch firstCommitEntered = new CountDownLatch(1);
		CountDownLatch releaseFirstCommit = new CountDownLatch(1);
		AtomicInteger commitsRun = new AtomicInteger();
		GroupCommit group = new GroupCommit(() -> {
			if (commitsRun.incrementAndGet() == 1) {
				firstCommitEntered.countDown();
				try {
					releaseFirstCommit.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		});
		Thread leader = new Thread(group::awaitDurable);
		leader.start();
		assertThat(firstCommitEntered.await(10, TimeUnit.SECONDS)).isTrue();
		List<Thread> followers = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			Thread follower = new Thread(group::awaitDurable);
			followers.add(follower);
			follower.start();
		}
		// all five are parked behind the running commit
		await().atMost(Duration.ofSeconds(10))
			.until(() -> followers.stream().allMatch(t -> t.getState() == Thread.State.WAITING));
		releaseFirstCommit.countDown();
		leader.join(10_000);
		for (Thread follower : followers) {
			follower.join(10_000);
			assertThat(follower.isAlive()).isFalse();
		}
		assertThat(group.writes()).isEqualTo(6);
		assertThat(group.commits()).isEqualTo(2); // the leader's own, then one for all five followers
		assertThat(commitsRun.get()).isEqualTo(2);
	}

	@Test
	void aFailedCommitFailsItsLeaderAndTheNextWriterCommitsAgain() {
		AtomicInteger attempts = new AtomicInteger();
		GroupCommit group = new GroupCommit(() -> {
			if (attempts.incrementAndGet() == 1) {
				throw new IllegalStateException("disk full");
			}
		});
		assertThatThrownBy(group::awaitDurable).hasMessage("disk full");
		assertThat(group.commits()).isZero();
		group.awaitDurable();
		assertThat(group.commits()).isEqualTo(1);
		assertThat(attempts.get()).isEqualTo(2);
	}

}
