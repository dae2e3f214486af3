package dev.marketassist.core.schedule;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Something to do at a time: a reminder, a deadline, an automatic confirmation. Its id is its
 * natural key (for example {@code order-reminder:ORD-1:3}), so scheduling twice is harmless.
 * Claimed atomically before it runs, so that two instances never both run it; deleted when done.
 * How the due ones are found and claimed: {@link DueTasks}.
 *
 * @param id the natural key
 * @param kind what to do (the handler that runs it)
 * @param subject the thing it is about (an order id, a ticket id)
 * @param dueAt when it is due
 * @param claimedUntil while a runner holds it; {@code null} when free
 * @param attempts how often it was claimed
 * @param data small extra values for the handler
 * @param rev the version: a fresh value on every write, so that a claim can be made conditional on
 *        the task being exactly as it was read ({@code {_id, rev}}, served by the {@code claim}
 *        index also on the embedded server); {@code null} on tasks written before it existed
 */
@Document("due_tasks")
@CompoundIndex(name = "claim", def = "{'_id': 1, 'rev': 1}", unique = true)
public record DueTask(@Id String id, @Indexed String kind, @Indexed String subject, @Indexed Instant dueAt,
		Instant claimedUntil, int attempts, Map<String, String> data, String rev) {

	public DueTask {
		data = data == null ? Map.of() : Map.copyOf(data);
	}

	/** When it can be claimed next: when due, or when its runner's lease runs out. */
	Instant claimableAt() {
		return claimedUntil == null || claimedUntil.isBefore(dueAt) ? dueAt : claimedUntil;
	}

	/** Due and not held by a runner (never claimed, or the lease ran out) at {@code now}. */
	boolean isClaimableAt(Instant now) {
		return !dueAt.isAfter(now) && (claimedUntil == null || claimedUntil.isBefore(now));
	}

}
