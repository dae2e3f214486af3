package dev.marketassist.core.schedule;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Something to do at a time: a reminder, a deadline, an automatic confirmation. Its id is its
 * natural key (for example {@code order-reminder:ORD-1:3}), so scheduling twice is harmless.
 * Claimed atomically before it runs, so that two instances never both run it; deleted when done.
 * How the due ones are claimed: {@link DueTasks}.
 *
 * @param id the natural key
 * @param kind what to do (the handler that runs it)
 * @param subject the thing it is about (an order id, a ticket id)
 * @param dueAt when it is due
 * @param claimedUntil while a runner holds it (its lease); {@code null} when never claimed. A lease
 *        that ran out frees the task again: a runner that died leaves it to the next
 * @param attempts how often it was claimed
 * @param data small extra values for the handler
 */
@Document("due_tasks")
@CompoundIndex(name = DueTask.DUE_INDEX, def = "{'kind': 1, 'dueAt': 1}")
@CompoundIndex(name = DueTask.SUBJECT_INDEX, def = "{'kind': 1, 'subject': 1}")
public record DueTask(@Id String id, String kind, String subject, Instant dueAt, Instant claimedUntil, int attempts,
		Map<String, String> data) {

	/** The claim's index: the due tasks of a kind, earliest first. */
	public static final String DUE_INDEX = "kind_due";

	/** The tasks of a kind about one subject (cancelling an order's reminders, finding a later one). */
	public static final String SUBJECT_INDEX = "kind_subject";

	public DueTask {
		data = data == null ? Map.of() : Map.copyOf(data);
	}

}
