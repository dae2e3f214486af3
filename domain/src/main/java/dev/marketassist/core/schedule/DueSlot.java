package dev.marketassist.core.schedule;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One minute of one kind of {@link DueTask}: the entries ({@code rev:id}) of the tasks that can be
 * claimed in that minute. The sweep's index, kept by {@link DueTasks}; its id is computable
 * ({@code kind@epochMinute}), so writing to it is a lookup by {@code _id} also on the embedded server.
 *
 * @param id {@code kind@epochMinute}
 * @param kind the tasks' kind
 * @param at the minute's start
 * @param e the entries, {@code rev:id} of the task as it was written
 */
@Document("due_slots")
@CompoundIndex(name = "kind_at", def = "{'kind': 1, 'at': 1}")
record DueSlot(@Id String id, String kind, Instant at, List<String> e) {

	DueSlot {
		e = e == null ? List.of() : e;
	}

}
