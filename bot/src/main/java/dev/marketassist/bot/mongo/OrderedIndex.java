package dev.marketassist.bot.mongo;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A secondary (non-unique) index of the embedded server, which by itself keeps none: the keys of
 * every document, then its {@code _id}, in a sorted in-memory map (also on the H2 backend: built
 * from the documents when the collection is opened). It serves a query that compares its first
 * keys by equality and the next one by a range ({@code $gt}, {@code $gte}, {@code $lt},
 * {@code $lte}), in the index's order ({@link IndexScan}); the query's other conditions are checked
 * on the documents found. An index that meets an array value (multikey) stops serving queries;
 * descending indexes are not kept (the server's own placeholder stands in). A sparse index leaves
 * out the documents that have none of its keys, as MongoDB's does: the queries it serves (an equality
 * on a value, a range) never match those.
 */
final class OrderedIndex<P> extends Index<P> {

	private static final String ID = "_id";

	private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();

	/** Below and above every value: the open ends of a range. */
	private enum Bound {

		LOW, HIGH

	}

	/** Key values, then the document's {@code _id}, to the document's position. */
	private final ConcurrentSkipListMap<Object[], P> entries = new ConcurrentSkipListMap<>(OrderedIndex::compareEntries);

	private volatile boolean multikey;

	private final boolean sparse;

	/** The keys' paths, split once (each write reads them from two documents). */
	private final String[][] paths;

	/** Reported as sparse to the collection either way: a document it does not hold (multikey) is no error there. */
	OrderedIndex(String name, List<IndexKey> keys, boolean sparse) {
		super(name, keys, true);
		this.sparse = sparse;
		this.paths = keys.stream().map(key -> key.getKey().split("\\.")).toArray(String[][]::new);
	}

	/** Whether an index of these options is kept ordered (else the server's placeholder, which ignores it). */
	static boolean keeps(List<IndexKey> keys, boolean sparse) {
		return keys.stream().allMatch(IndexKey::isAscending) && keys.stream().noneMatch(key -> key.getKey().equals(ID));
	}

	@Override
	public void add(Document document, P position, MongoCollection<P> collection) {
		KeyValue key = keyOf(document);
		if (key != null && key != LEFT_OUT) {
			this.entries.put(entry(key, document.get(ID)), position);
		}
	}

	@Override
	public P remove(Document document) {
		KeyValue key = keyOf(document);
		return key == null || key == LEFT_OUT ? null : this.entries.remove(entry(key, document.get(ID)));
	}

	@Override
	public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection) {
		KeyValue before = keyOf(oldDocument);
		KeyValue after = keyOf(newDocument);
		if (before != null && before.equals(after)) {
			return;
		}
		if (before != null && before != LEFT_OUT) {
			this.entries.remove(entry(before, oldDocument.get(ID)));
		}
		if (after != null && after != LEFT_OUT) {
			this.entries.put(entry(after, newDocument.get(ID)), position);
		}
	}

	/** A sparse index's key of a document that has none of its fields: not held. */
	private static final KeyValue LEFT_OUT = new KeyValue(List.of(Missing.getInstance(), "left out of a sparse index"));

	/**
	 * The document's key, its values as the server's own indexes normalize them ({@link #LEFT_OUT} for
	 * a sparse index when the document has none of the fields); {@code null} once the index is
	 * multikey (it then holds nothing: the first array value met makes it so).
	 */
	private KeyValue keyOf(Document document) {
		if (this.multikey) {
			return null;
		}
		Object[] values = new Object[this.paths.length];
		boolean anyPresent = false;
		for (int i = 0; i < this.paths.length; i++) {
			Object value = document;
			for (String field : this.paths[i]) {
				value = value instanceof Document nested ? nested.getOrMissing(field) : Missing.getInstance();
				if (value instanceof Collection<?>) {
					this.multikey = true;
					this.entries.clear();
					return null;
				}
			}
			anyPresent |= !(value instanceof Missing);
			values[i] = value;
		}
		if (this.sparse && !anyPresent) {
			return LEFT_OUT;
		}
		return new KeyValue(Arrays.asList(values)).normalized();
	}

	private static Object[] entry(KeyValue key, Object id) {
		Object[] entry = new Object[key.size() + 1];
		for (int i = 0; i < key.size(); i++) {
			entry[i] = key.get(i);
		}
		entry[key.size()] = id;
		return entry;
	}

	/**
	 * The documents of the query's equality prefix and range, in index order; {@code null} if the
	 * query constrains none of the index's first keys this way (or the index is multikey).
	 */
	IndexScan<P> scan(Document query, Document orderBy) {
		List<String> keys = keys();
		if (this.multikey) {
			return null;
		}
		Object[] low = new Object[keys.size() + 1];
		Object[] high = new Object[keys.size() + 1];
		int prefix = 0;
		while (prefix < keys.size() && IndexScan.equality(query.get(keys.get(prefix))) != null) {
			low[prefix] = IndexScan.equality(query.get(keys.get(prefix)));
			high[prefix] = low[prefix];
			prefix++;
		}
		int constrained = prefix;
		Bound lowPad = Bound.LOW;
		Bound highPad = Bound.HIGH;
		if (prefix < keys.size() && IndexScan.isRange(query.get(keys.get(prefix)))) {
			low[prefix] = Bound.LOW;
			high[prefix] = Bound.HIGH;
			for (Map.Entry<String, Object> condition : ((Document) query.get(keys.get(prefix))).entrySet()) {
				Object value = IndexScan.normalized(condition.getValue());
				switch (condition.getKey()) {
					case "$gt" -> {
						low[prefix] = value;
						lowPad = Bound.HIGH;
					}
					case "$gte" -> low[prefix] = value;
					case "$lt" -> {
						high[prefix] = value;
						highPad = Bound.LOW;
					}
					default -> high[prefix] = value;
				}
			}
			constrained++;
		}
		if (constrained == 0) {
			return null;
		}
		for (int i = constrained; i < low.length; i++) {
			low[i] = lowPad;
			high[i] = highPad;
		}
		Stream<P> positions = compareEntries(low, high) > 0 ? Stream.empty()
				: this.entries.subMap(low, true, high, true).values().stream();
		return new IndexScan<>(positions, IndexScan.servesOrder(keys, prefix, orderBy), constrained);
	}

	private static int compareEntries(Object[] a, Object[] b) {
		for (int i = 0; i < a.length; i++) {
			int order = compareValues(a[i], b[i]);
			if (order != 0) {
				return order;
			}
		}
		return 0;
	}

	private static int compareValues(Object a, Object b) {
		if (a == b) {
			return 0;
		}
		if (a == Bound.LOW || b == Bound.HIGH) {
			return -1;
		}
		if (a == Bound.HIGH || b == Bound.LOW) {
			return 1;
		}
		return VALUES.compare(a, b);
	}

	@Override
	public P getPosition(Document document) {
		return null;
	}

	@Override
	public void checkAdd(Document document, MongoCollection<P> collection) {
		// not unique
	}

	@Override
	public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
		// not unique
	}

	/** Never chosen by the server's own planner; {@link IndexScan} uses {@link #scan}. */
	@Override
	public boolean canHandle(Document query) {
		return false;
	}

	@Override
	public Iterable<P> getPositions(Document query) {
		throw new UnsupportedOperationException("served by scan");
	}

	@Override
	public long getCount() {
		return this.entries.size();
	}

	@Override
	public long getDataSize() {
		return getCount();
	}

	@Override
	public void drop() {
		this.entries.clear();
	}

}
