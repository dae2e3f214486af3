package dev.marketassist.bot.mongo;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit: many writers, one commit. A writer calls {@link #awaitDurable} after its change
 * is applied to the store; it returns only once a commit that started after that change has
 * finished. The first writer that finds no commit running becomes the leader and commits
 * everything applied so far; writers arriving meanwhile wait, and the next leader covers all of
 * them with one commit. A lone writer commits at once (no batching window, no added latency);
 * under load the batches form by themselves while a commit runs.
 */
final class GroupCommit {

	private final Runnable commit;

	/** Writes applied to the store (each numbered by this counter once applied). */
	private final AtomicLong applied = new AtomicLong();

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition done = this.lock.newCondition();

	/** The highest write number a finished commit covers. Guarded by {@link #lock}. */
	private long durable;

	/** Whether a leader is committing now. Guarded by {@link #lock}. */
	private boolean committing;

	private final AtomicLong commits = new AtomicLong();

	GroupCommit(Runnable commit) {
		this.commit = commit;
	}

	/**
	 * Waits until the write just applied by the caller is committed, committing as the leader if
	 * no commit is running.
	 * @throws RuntimeException what the commit threw, if this caller led a commit that failed
	 */
	void awaitDurable() {
		long mine = this.applied.incrementAndGet();
		this.lock.lock();
		try {
			while (this.durable < mine) {
				if (this.committing) {
					this.done.awaitUninterruptibly();
					continue;
				}
				this.committing = true;
				// every write numbered up to here was applied before this read, hence before the commit starts
				long covered = this.applied.get();
				boolean ok = false;
				this.lock.unlock();
				try {
					this.commit.run();
					ok = true;
				}
				finally {
					this.lock.lock();
					this.committing = false;
					if (ok) {
						this.durable = Math.max(this.durable, covered);
						this.commits.incrementAndGet();
					}
					this.done.signalAll();
				}
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Writes that waited for a commit so far. */
	long writes() {
		return this.applied.get();
	}

	/** Commits made for them so far. */
	long commits() {
		return this.commits.get();
	}

}
