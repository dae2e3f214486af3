package dev.marketassist.bot.mongo;

import java.util.List;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The in-memory backend of the embedded server with secondary indexes ({@link OrderedIndex}) that
 * its collections read from ({@link IndexScan}).
 */
final class IndexedMemoryBackend extends MemoryBackend {

	@Override
	public MemoryDatabase openOrCreateDatabase(String databaseName) {
		return new Database(databaseName, getCursorRegistry());
	}

	private static final class Database extends MemoryDatabase {

		Database(String name, CursorRegistry cursors) {
			super(name, cursors);
		}

		@Override
		protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
			return new Collection(this, collectionName, options, this.cursorRegistry);
		}

		@Override
		protected Index<Integer> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			return OrderedIndex.keeps(keys, sparse) ? new OrderedIndex<>(indexName, keys, sparse) : new EmptyIndex<>(indexName, keys);
		}

	}

	private static final class Collection extends MemoryCollection {

		Collection(MongoDatabase database, String name, CollectionOptions options, CursorRegistry cursors) {
			super(database, name, options, cursors);
		}

		/**
		 * The documents' size is not kept up to date on every write (the server would encode each changed
		 * document twice, for statistics nobody reads on the hot path): it is
		 * measured when asked ({@code collStats}, {@code dbStats}).
		 */
		@Override
		protected boolean tracksDataSize() {
			return false;
		}

		@Override
		protected int getDataSize() {
			return DataSize.of(streamAllDocumentsWithPosition());
		}

		@Override
		protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
				Document fields) {
			IndexScan<Integer> scan = IndexScan.plan(getIndexes(), query, orderBy);
			if (scan == null) {
				return super.queryDocuments(query, orderBy, skip, limit, batchSize, fields);
			}
			return scan.inOrder()
					? matchDocumentsFromStream(query, scan.documents(this::getDocument), skip, limit, batchSize, null, fields)
					: matchDocumentsFromStream(scan.documents(this::getDocument), query, orderBy, skip, limit, batchSize, fields);
		}

	}

}
