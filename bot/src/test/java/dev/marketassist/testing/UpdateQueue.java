package dev.marketassist.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The updates waiting for {@code getUpdates}, with Telegram's confirmation rule: a call with {@code offset}
 * forgets every update whose {@code update_id} is below it. Update ids start at 1000 and only grow, even
 * across {@link #clear()}, because a long-polling client ignores ids it has already seen.
 * Not thread-safe: the stand-in calls it under its lock.
 */
final class UpdateQueue {

	/** Update types Telegram leaves out when {@code allowed_updates} is empty. */
	private static final Set<String> NOT_BY_DEFAULT = Set.of("chat_member", "message_reaction", "message_reaction_count");

	private static final class Pending {

		final long id;

		final ObjectNode json;

		/** A redelivery is delivered once even if its id is below the offset. */
		final boolean redelivery;

		boolean delivered;

		Pending(long id, ObjectNode json, boolean redelivery) {
			this.id = id;
			this.json = json;
			this.redelivery = redelivery;
		}

	}

	private final List<Pending> pending = new ArrayList<>();

	private final Map<Long, ObjectNode> history = new HashMap<>();

	private long nextId = 1000;

	/**
	 * Queues an update. The {@code update_id} is assigned if the JSON has none.
	 * @return the update's id
	 */
	long add(ObjectNode update) {
		long id;
		ObjectNode json;
		if (update.hasNonNull("update_id")) {
			id = update.get("update_id").asLong();
			json = update;
		}
		else {
			id = this.nextId;
			json = Json.object();
			json.put("update_id", id);
			json.setAll(update);
		}
		this.nextId = Math.max(this.nextId, id + 1);
		this.history.put(id, json);
		insert(new Pending(id, json, false));
		return id;
	}

	/** Queues an update that was added before once more, with the same id, even if it was confirmed. */
	void redeliver(long updateId) {
		ObjectNode json = this.history.get(updateId);
		if (json == null) {
			throw new IllegalArgumentException("No update " + updateId + " was injected (or it was removed by reset())");
		}
		insert(new Pending(updateId, json, true));
	}

	/** The update as it was injected, or {@code null}. */
	ObjectNode get(long updateId) {
		return this.history.get(updateId);
	}

	/**
	 * Applies {@code offset} as {@code getUpdates} does: positive, forgets updates with a lower id (a
	 * redelivery only after it was delivered); negative, keeps only the last {@code -offset} updates.
	 */
	void confirm(long offset) {
		if (offset > 0) {
			this.pending.removeIf((update) -> update.id < offset && (!update.redelivery || update.delivered));
		}
		else if (offset < 0) {
			while (this.pending.size() > -offset) {
				this.pending.remove(0);
			}
		}
	}

	/**
	 * The next updates to deliver (at most {@code limit}) whose type is allowed; they stay queued until confirmed.
	 * @param allowedUpdates the update types to deliver; empty means all but chat_member and reactions
	 */
	List<ObjectNode> take(int limit, Collection<String> allowedUpdates) {
		List<ObjectNode> result = new ArrayList<>();
		for (Iterator<Pending> it = this.pending.iterator(); it.hasNext() && result.size() < limit;) {
			Pending update = it.next();
			if (allowed(update.json, allowedUpdates)) {
				update.delivered = true;
				result.add(update.json.deepCopy());
			}
		}
		return result;
	}

	boolean hasDeliverable(Collection<String> allowedUpdates) {
		return this.pending.stream().anyMatch((update) -> allowed(update.json, allowedUpdates));
	}

	int size() {
		return this.pending.size();
	}

	/** Drops the queued updates (drop_pending_updates); the history for {@link #redeliver} stays. */
	void dropPending() {
		this.pending.clear();
	}

	/** Drops queued updates and history; ids keep growing. */
	void clear() {
		this.pending.clear();
		this.history.clear();
	}

	private void insert(Pending update) {
		this.pending.add(update);
		this.pending.sort(Comparator.comparingLong((Pending p) -> p.id));
	}

	private static boolean allowed(ObjectNode update, Collection<String> allowedUpdates) {
		String type = type(update);
		return allowedUpdates.isEmpty() ? !NOT_BY_DEFAULT.contains(type) : allowedUpdates.contains(type);
	}

	/** The update's type: its field besides {@code update_id} ({@code message}, {@code callback_query}, ...). */
	static String type(JsonNode update) {
		Iterator<String> names = update.fieldNames();
		while (names.hasNext()) {
			String name = names.next();
			if (!name.equals("update_id")) {
				return name;
			}
		}
		return "";
	}

}
