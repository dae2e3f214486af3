package dev.marketassist.bot.mongo;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

/**
 * Where the embedded server reads a query's candidates from when none of its own (unique) indexes
 * serves the query exactly (they do only for queries whose keys are exactly theirs): the
 * {@code _id} index when the query names ids, else the {@link OrderedIndex} that constrains the
 * most of its keys. The candidates are a superset: the server checks the whole query on each.
 *
 * @param positions the candidates' positions
 * @param inOrder whether they come in the query's sort order (so the server can stop at its limit)
 * @param constrained how many of the index's keys the query constrains (the better index has more)
 */
record IndexScan<P>(Stream<P> positions, boolean inOrder, int constrained) {

	private static final ValueComparator NATURAL = ValueComparator.asc();

	private static final Set<String> RANGE = Set.of("$gt", "$gte", "$lt", "$lte");

	/** The best scan for the query, or {@code null} where the server's own way is as good (or only). */
	static <P> IndexScan<P> plan(List<Index<P>> indexes, Document query, Document orderBy) {
		IndexScan<P> best = null;
		for (Index<P> index : indexes) {
			if (index.canHandle(query) || orderBy != null && orderBy.containsKey("$natural")) {
				return null;
			}
		}
		for (Index<P> index : indexes) {
			Document ids = new Document("_id", query.get("_id"));
			if (query.containsKey("_id") && index.isUnique() && index.canHandle(ids)) {
				// the documents of those ids, checked against the rest of the query
				Iterable<P> byId = index.getPositions(ids);
				return new IndexScan<>(StreamSupport.stream(byId.spliterator(), false), false, Integer.MAX_VALUE);
			}
			if (index instanceof OrderedIndex<P> ordered) {
				IndexScan<P> scan = ordered.scan(query, orderBy);
				if (scan != null && (best == null || scan.constrained() > best.constrained()
						|| scan.constrained() == best.constrained() && scan.inOrder() && !best.inOrder())) {
					best = scan;
				}
			}
		}
		return best;
	}

	/**
	 * The candidate documents: in index order if that is the sort's, else in the order of their
	 * positions (the collection's natural order, as an unindexed query reads them).
	 */
	Stream<Document> documents(Function<P, Document> read) {
		return (this.inOrder ? this.positions : this.positions.sorted(NATURAL)).map(read).filter(Objects::nonNull);
	}

	/** The value a query condition compares by equality (normalized as index keys are), or {@code null}. */
	static Object equality(Object condition) {
		if (condition instanceof Document operators) {
			return operators.size() == 1 && operators.containsKey("$eq") ? normalized(operators.get("$eq")) : null;
		}
		return normalized(condition);
	}

	/** Whether the condition is a range: one or two of {@code $gt}/{@code $gte} and {@code $lt}/{@code $lte} on plain values. */
	static boolean isRange(Object condition) {
		if (!(condition instanceof Document operators) || operators.isEmpty() || !RANGE.containsAll(operators.keySet())
				|| operators.containsKey("$gt") && operators.containsKey("$gte")
				|| operators.containsKey("$lt") && operators.containsKey("$lte")) {
			return false;
		}
		return operators.values().stream().allMatch(value -> normalized(value) != null);
	}

	/** A plain value (not null, an array, a document or a pattern) as index keys hold it, else {@code null}. */
	static Object normalized(Object value) {
		if (Missing.isNullOrMissing(value) || value instanceof Collection<?> || value instanceof Map<?, ?>
				|| value instanceof Pattern || BsonRegularExpression.isRegularExpression(value)) {
			return null;
		}
		return new KeyValue(value).normalized().get(0);
	}

	/**
	 * Whether index order is the sort's: after the keys fixed by equality, the sort's keys are the
	 * index's next keys, ascending.
	 */
	static boolean servesOrder(List<String> keys, int prefix, Document orderBy) {
		if (orderBy == null || orderBy.isEmpty()) {
			return false;
		}
		int next = prefix;
		for (String key : orderBy.keySet()) {
			int at = keys.indexOf(key);
			if (at >= 0 && at < prefix) {
				continue;
			}
			if (next >= keys.size() || !keys.get(next).equals(key) || !(orderBy.get(key) instanceof Number direction)
					|| direction.intValue() != 1) {
				return false;
			}
			next++;
		}
		return true;
	}

}
