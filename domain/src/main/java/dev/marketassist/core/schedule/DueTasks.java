package dev.marketassist.core.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The due tasks in MongoDB, and how the due ones are found and claimed at a cost that grows with
 * the number due, not with the number of tasks, on MongoDB and on the embedded mongo-java-server
 * alike. (mongo-java-server uses an index only when a query's keys are exactly an index's keys,
 * compared by equality or {@code $in}, and it builds no secondary indexes: any range query, and any
 * {@code _id} query with a further condition, reads every document. A due query on the tasks and a
 * claim by {@code {_id, dueAt, claimedUntil}} each read all of them: 1,000 claims among 100,000 tasks
 * were 100 million document matches.)
 * <ul>
 * <li><b>Versions.</b> Every write of a task gives it a fresh {@link DueTask#rev() rev} (an
 * ObjectId). A claim is an update conditional on {@code {_id, rev}} (the unique {@code claim}
 * index, which both servers use): it succeeds only if the task is still exactly the version that
 * was read and found due and free, so it is atomic per task and of any number of runners one wins.
 * The claims of a batch go in one unordered bulk write; the ones that succeeded are those whose
 * task now carries the rev this claim gave it (read back by {@code _id $in}).</li>
 * <li><b>Slots.</b> Candidates come from {@link DueSlot}s, one document per kind and minute, id
 * {@code kind@epochMinute}, listing entries {@code rev:id}. Every write of a task first adds the
 * entry of its new version to the slot of the minute it can next be claimed in (when due, or half
 * an hour ago if it is older; once claimed, when the lease runs out), and only then writes the task: an entry may be stale (the task
 * was completed, or written again and so has a newer entry), but a task's current version always
 * has its entry, also when a writer dies between the two writes.</li>
 * <li><b>The sweep</b> reads the slots of the kind up to now (earliest first), the tasks of their
 * entries by {@code _id $in}, claims the due and free ones, and removes from the slot the entries
 * of the versions it claimed (the claimed version's entry is in the lease's slot, so a runner that
 * dies leaves the task to be claimed again when the lease ends) and the stale ones; an emptied slot
 * is deleted. A batch of 50 is about six commands. Its cost: the tasks due and the stale entries
 * (one per completed task, dropped when its lease's minute comes), plus finding the due slots: the
 * last hour's by id (61 ids), and all of the kind's up to now by {@code kind} and {@code at} (the
 * {@code kind_at} index on MongoDB; on the embedded server a read of the slot list, one document
 * per kind and minute that has tasks) on an instance's first sweep of a kind, every 10 minutes,
 * and while such a sweep stops (at its limit) in a slot older than the hour (a backlog, for example
 * after downtime, is swept that way until what is left is recent). A slot older than the hour is therefore found at the latest
 * 10 minutes late; claims stay exact either way.</li>
 * </ul>
 * Tasks written before versions existed are given one (and an entry) by the first sweep of each
 * instance (one scan).
 */
@Repository
public class DueTasks {

	private static final Duration SLOT = Duration.ofMinutes(1);

	private final MongoTemplate mongo;

	private final Clock clock;

	/** The slots looked up by id (the recent minutes) between full scans. */
	private static final Duration WINDOW = Duration.ofMinutes(60);

	/** How often all due slots are read (catches anything older than the window, for example after downtime). */
	private static final Duration FULL_SCAN_EVERY = Duration.ofMinutes(10);

	private final Map<String, Instant> nextFullScan = new ConcurrentHashMap<>();

	private volatile boolean legacyIndexed;

	public DueTasks(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** Schedules a task; returns false if one with that id exists already (it is left as it is). */
	public boolean schedule(String id, String kind, String subject, Instant dueAt, Map<String, String> data) {
		String rev = newRev();
		enter(kind, fileAt(dueAt), List.of(entry(rev, id)));
		try {
			mongo.insert(new DueTask(id, kind, subject, dueAt, null, 0, data, rev));
			return true;
		}
		catch (DuplicateKeyException exists) {
			// the entry is stale: the sweep drops it
			return false;
		}
	}

	/** A task to {@link #scheduleAll schedule}. */
	public record Planned(String id, String kind, String subject, Instant dueAt, Map<String, String> data) {
	}

	/**
	 * Schedules many tasks at once (one write per slot and one insert of them all); those whose id
	 * exists already are left as they are. Returns how many were new.
	 */
	public int scheduleAll(List<Planned> planned) {
		Map<String, List<String>> entries = new LinkedHashMap<>();
		Map<String, Instant> slotTimes = new LinkedHashMap<>();
		List<DueTask> tasks = new ArrayList<>();
		for (Planned task : planned) {
			String rev = newRev();
			Instant at = fileAt(task.dueAt());
			String slot = slotId(task.kind(), at);
			entries.computeIfAbsent(slot, k -> new ArrayList<>()).add(entry(rev, task.id()));
			slotTimes.putIfAbsent(slot, at);
			tasks.add(new DueTask(task.id(), task.kind(), task.subject(), task.dueAt(), null, 0, task.data(), rev));
		}
		if (tasks.isEmpty()) {
			return 0;
		}
		entries.forEach((slot, slotEntries) -> enter(slot.substring(0, slot.lastIndexOf('@')), slotTimes.get(slot), slotEntries));
		try {
			return mongo.bulkOps(BulkMode.UNORDERED, DueTask.class).insert(tasks).execute().getInsertedCount();
		}
		catch (BulkOperationException | DuplicateKeyException some) {
			// some existed (their new entries are stale: the sweep drops them); the others are in, count them one by one
			int inserted = 0;
			for (DueTask task : tasks) {
				try {
					mongo.insert(task);
					inserted++;
				}
				catch (DuplicateKeyException exists) {
					// this one existed, or was inserted by the bulk
					inserted += mongo.exists(Query.query(where("_id").is(task.id()).and("rev").is(task.rev())), DueTask.class) ? 1 : 0;
				}
			}
			return inserted;
		}
	}

	/** Moves a task to another time (creating it if missing) and frees it. */
	public void reschedule(String id, String kind, String subject, Instant dueAt, Map<String, String> data) {
		String rev = newRev();
		enter(kind, fileAt(dueAt), List.of(entry(rev, id)));
		mongo.save(new DueTask(id, kind, subject, dueAt, null, 0, data, rev));
	}

	/**
	 * Claims up to {@code limit} tasks of {@code kind} that are due now and free, each for
	 * {@code lease}; the earliest due first (by minute, and within the tasks read together). Each
	 * claimed task is returned as claimed (new {@code claimedUntil}, {@code attempts} and {@code rev}).
	 * See the class comment for how.
	 */
	public List<DueTask> claimDue(String kind, int limit, Duration lease) {
		Instant now = clock.instant();
		indexLegacyTasks();
		Instant fullScanDue = nextFullScan.get(kind);
		boolean full = fullScanDue == null || !now.isBefore(fullScanDue);
		Query due;
		if (full) {
			due = Query.query(where("kind").is(kind).and("at").lte(now)).with(Sort.by("at"));
		}
		else {
			// the recent minutes by id: a lookup, also on the embedded server
			List<String> recent = new ArrayList<>();
			for (Instant minute = now.minus(WINDOW); !minute.isAfter(now); minute = minute.plus(SLOT)) {
				recent.add(slotId(kind, minute));
			}
			due = Query.query(where("_id").in(recent)).with(Sort.by("at"));
		}
		List<DueTask> claimed = new ArrayList<>();
		Instant reached = null;
		try (Stream<DueSlot> slots = mongo.stream(due, DueSlot.class)) {
			Iterator<DueSlot> each = slots.iterator();
			while (claimed.size() < limit && each.hasNext()) {
				DueSlot slot = each.next();
				if (!slot.at().isAfter(now)) {
					reached = slot.at();
					sweep(slot, now, lease, limit, claimed);
				}
			}
		}
		if (full && (claimed.size() < limit || reached == null || !reached.isBefore(now.minus(WINDOW)))) {
			// the slots before the one reached were swept (earliest first): the recent ones by id are enough
			// until the next full scan
			nextFullScan.put(kind, now.plus(FULL_SCAN_EVERY));
		}
		return claimed;
	}

	private void sweep(DueSlot slot, Instant now, Duration lease, int limit, List<DueTask> claimed) {
		List<String> entries = new ArrayList<>(new LinkedHashSet<>(slot.e()));
		List<String> drop = new ArrayList<>();
		int read = 0;
		while (read < entries.size() && claimed.size() < limit) {
			List<String> chunk = entries.subList(read, Math.min(entries.size(), read + Math.max(limit - claimed.size(), 20)));
			read += chunk.size();
			Map<String, DueTask> tasks = mongo.find(Query.query(where("_id").in(chunk.stream().map(DueTasks::idOf).toList())), DueTask.class)
				.stream()
				.collect(Collectors.toMap(DueTask::id, Function.identity()));
			List<DueTask> candidates = new ArrayList<>();
			Map<String, List<String>> misplaced = new LinkedHashMap<>();
			for (String entry : chunk) {
				DueTask task = tasks.get(idOf(entry));
				if (task == null || !revOf(entry).equals(task.rev())) {
					drop.add(entry);
				}
				else if (task.isClaimableAt(now)) {
					candidates.add(task);
				}
				else if (!slotId(task.kind(), task.claimableAt()).equals(slot.id())) {
					// written by something that did not move its entry: move it to where it can be claimed
					misplaced.computeIfAbsent(task.kind() + "\n" + task.claimableAt(), k -> new ArrayList<>()).add(entry);
				}
			}
			misplaced.forEach((key, moved) -> {
				String[] kindAndTime = key.split("\n", 2);
				enter(kindAndTime[0], Instant.parse(kindAndTime[1]), moved);
				drop.addAll(moved);
			});
			candidates.sort(Comparator.comparing(DueTask::dueAt));
			claim(candidates.subList(0, Math.min(candidates.size(), limit - claimed.size())), now, lease, claimed, drop);
		}
		if (!drop.isEmpty()) {
			mongo.updateFirst(Query.query(where("_id").is(slot.id())), new Update().pullAll("e", drop.toArray()), DueSlot.class);
			if (drop.size() == entries.size()) {
				// empty unless an entry was added meanwhile
				mongo.remove(Query.query(where("_id").is(slot.id()).and("e").size(0)), DueSlot.class);
			}
		}
	}

	private void claim(List<DueTask> candidates, Instant now, Duration lease, List<DueTask> claimed, List<String> drop) {
		if (candidates.isEmpty()) {
			return;
		}
		Instant until = now.plus(lease);
		List<String> revs = candidates.stream().map(task -> newRev()).toList();
		List<String> entries = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			entries.add(entry(revs.get(i), candidates.get(i).id()));
		}
		// first the entries of the claimed versions (in the lease's slot), then the claims
		enter(candidates.get(0).kind(), until, entries);
		BulkOperations claims = mongo.bulkOps(BulkMode.UNORDERED, DueTask.class);
		for (int i = 0; i < candidates.size(); i++) {
			DueTask candidate = candidates.get(i);
			claims.updateOne(Query.query(where("_id").is(candidate.id()).and("rev").is(candidate.rev())),
					new Update().set("claimedUntil", until).set("rev", revs.get(i)).inc("attempts", 1));
			// claimed here or written by another meanwhile: either way this version's entry is stale
			drop.add(entry(candidate.rev(), candidate.id()));
		}
		claims.execute();
		// which claims were ours: the tasks that carry the version this claim gave them (a fresh value)
		Set<String> ours = Set.copyOf(revs);
		Map<String, DueTask> won = mongo.find(Query.query(where("_id").in(candidates.stream().map(DueTask::id).toList())), DueTask.class)
			.stream()
			.filter(task -> ours.contains(task.rev()))
			.collect(Collectors.toMap(DueTask::id, Function.identity()));
		for (DueTask candidate : candidates) {
			if (won.containsKey(candidate.id())) {
				claimed.add(won.get(candidate.id()));
			}
		}
	}

	/** Once per instance: tasks written before versions existed get one, and an entry. */
	private void indexLegacyTasks() {
		if (legacyIndexed) {
			return;
		}
		for (DueTask task : mongo.find(Query.query(where("rev").is(null)), DueTask.class)) {
			String rev = newRev();
			enter(task.kind(), fileAt(task.claimableAt()), List.of(entry(rev, task.id())));
			mongo.updateFirst(Query.query(where("_id").is(task.id()).and("rev").is(null)), new Update().set("rev", rev),
					DueTask.class);
		}
		legacyIndexed = true;
	}

	/** Adds entries to the slot of the minute of {@code at} (creating it). */
	private void enter(String kind, Instant at, List<String> entries) {
		Instant minute = at.truncatedTo(ChronoUnit.MINUTES);
		mongo.upsert(Query.query(where("_id").is(slotId(kind, at))),
				new Update().setOnInsert("kind", kind).setOnInsert("at", minute).push("e").each(entries.toArray()),
				DueSlot.class);
	}

	/**
	 * The minute a task due at {@code at} is filed in: its own, or half an hour ago if it is older
	 * (so that the hour's window finds it; the due tasks of a backlog stay spread over their minutes).
	 */
	private Instant fileAt(Instant at) {
		Instant oldest = clock.instant().minus(WINDOW.dividedBy(2));
		return at.isBefore(oldest) ? oldest : at;
	}

	static String slotId(String kind, Instant at) {
		return kind + "@" + Math.floorDiv(at.getEpochSecond(), SLOT.toSeconds());
	}

	private static String newRev() {
		return new ObjectId().toHexString();
	}

	private static String entry(String rev, String id) {
		return rev + ":" + id;
	}

	private static String revOf(String entry) {
		return entry.substring(0, entry.indexOf(':'));
	}

	private static String idOf(String entry) {
		return entry.substring(entry.indexOf(':') + 1);
	}

	/** Done: removes the task (its entry is dropped by the sweep). */
	public void complete(String id) {
		mongo.remove(Query.query(where("_id").is(id)), DueTask.class);
	}

	/** Removes every task of {@code kind} about {@code subject} (for example when an order is confirmed). */
	public long cancel(String kind, String subject) {
		return mongo.remove(Query.query(where("kind").is(kind).and("subject").is(subject)), DueTask.class).getDeletedCount();
	}

	public Optional<DueTask> find(String id) {
		return Optional.ofNullable(mongo.findById(id, DueTask.class));
	}

	public List<DueTask> findBySubject(String kind, String subject) {
		return mongo.find(Query.query(where("kind").is(kind).and("subject").is(subject)).with(Sort.by("dueAt")), DueTask.class);
	}

}
