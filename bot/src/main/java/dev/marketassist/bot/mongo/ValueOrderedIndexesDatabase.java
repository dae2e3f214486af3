package dev.marketassist.bot.mongo;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * An H2 database of the embedded server whose unique indexes compare keys by value
 * ({@link KeyValueType}) instead of by their Java serialization, and which keeps its secondary
 * indexes ({@link OrderedIndex}) and reads from them ({@link IndexedH2Collection}). Their maps have their own names
 * ({@code <db>.<collection>._vindex_<keys>}): a file written before has its indexes under the
 * backend's names ({@code ._index_}); those are removed and the new ones, found empty, are built
 * again from the documents when the collection is opened.
 */
final class ValueOrderedIndexesDatabase extends H2Database {

	/** The store while the superclass's constructor opens the indexes, before {@link #store} is set. */
	private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

	private final MVStore store;

	private ValueOrderedIndexesDatabase(String name, MVStore store, CursorRegistry cursors) {
		super(name, store, cursors);
		this.store = store;
	}

	static ValueOrderedIndexesDatabase open(String name, MVStore store, CursorRegistry cursors) {
		OPENING.set(store);
		try {
			return new ValueOrderedIndexesDatabase(name, store, cursors);
		}
		finally {
			OPENING.remove();
		}
	}

	@Override
	protected Index<Object> openOrCreateUniqueIndex(String collection, String indexName, List<IndexKey> keys,
			boolean sparse) {
		MVStore mvStore = store();
		String old = getFullCollectionNamespace(collection) + "._index_" + indexName;
		if (mvStore.hasMap(old)) {
			mvStore.removeMap(old);
		}
		MVMap<KeyValue, Object> map = mvStore.openMap(mapName(collection, indexName),
				new MVMap.Builder<KeyValue, Object>().keyType(KeyValueType.INSTANCE));
		return new ValueOrderedUniqueIndex(map, indexName, keys, sparse);
	}

	/** Secondary indexes kept ordered in memory ({@link OrderedIndex}; built from the documents on opening). */
	@Override
	protected Index<Object> openOrCreateSecondaryIndex(String collection, String indexName, List<IndexKey> keys,
			boolean sparse) {
		return OrderedIndex.keeps(keys, sparse) ? new OrderedIndex<>(indexName, keys, sparse) : new EmptyIndex<>(indexName, keys);
	}

	/** Collections that read from those indexes ({@link IndexedH2Collection}); the maps are the backend's, its documents BSON. */
	@Override
	protected MongoCollection<Object> openOrCreateCollection(String collection, CollectionOptions options) {
		String namespace = getFullCollectionNamespace(collection);
		// documents stored as BSON, not by Java serialization (BsonDocumentType)
		MVMap<Object, Document> data = store().openMap("databases." + namespace,
				new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
		MVMap<String, Object> meta = store().openMap("meta." + namespace);
		return new IndexedH2Collection(this, collection, options, data, meta, this.cursorRegistry);
	}

	@Override
	protected void dropIndex(MongoCollection<Object> collection, String indexName) {
		super.dropIndex(collection, indexName);
		store().removeMap(mapName(collection.getCollectionName(), indexName));
	}

	private String mapName(String collection, String indexName) {
		return getFullCollectionNamespace(collection) + "._vindex_" + indexName;
	}

	/** The store; also while the superclass's constructor opens the existing indexes. */
	private MVStore store() {
		return this.store != null ? this.store : OPENING.get();
	}

}
