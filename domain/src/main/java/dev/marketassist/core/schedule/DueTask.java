package dev.marketassist.core.schedule;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Something to do at a time: a reminder, a deadline, an automatic confirmation. Its id is its
 * natural key (for example {@code order-reminder:ORD-1:3}), so scheduling twice is harmless.
 * Claimed atomically before it runs, so that two instances never both run it; deleted when done.
 *
 * @param id the natural key
 * @param kind what to do (the handler that runs it)
 * @param subject the thing it is about (an order id, a ticket id)
 * @param dueAt when it is due
 * @param claimedUntil while a runner holds it; {@code null} when free
 * @param attempts how often it was claimed
 * @param data small extra values for the handler
 */
@Document("due_tasks")
public record DueTask(@Id String id, @Indexed String kind, @Indexed String subject, @Indexed Instant dueAt,
		Instant claimedUntil, int attempts, Map<String, String> data) {

	public DueTask {
		data = data == null ? Map.of() : Map.copyOf(data);
	}

}
