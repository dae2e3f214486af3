package dev.marketassist.bot.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/** A collection of the embedded H2 store that reads from its secondary indexes ({@link IndexScan}). */
final class IndexedH2Collection extends H2Collection {

	IndexedH2Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
			MVMap<String, Object> meta, CursorRegistry cursors) {
		super(database, name, options, data, meta, cursors);
	}

	/** Size measured when asked, as in {@link IndexedMemoryBackend} (here it also spared a meta-map write per write). */
	@Override
	protected boolean tracksDataSize() {
		return false;
	}

	@Override
	protected int getDataSize() {
		return DataSize.of(streamAllDocumentsWithPosition());
	}

	/**
	 * A new secondary index (opening the file, or created) is built in one read of the documents
	 * (the server's own build reads them twice: a uniqueness check first).
	 */
	@Override
	public void addIndex(Index<Object> index) {
		if (index instanceof OrderedIndex<Object> ordered && ordered.isEmpty()
				&& getIndexes().stream().noneMatch(existing -> existing.getName().equals(index.getName()))) {
			streamAllDocumentsWithPosition().forEach(document -> ordered.add(document.getDocument(), document.getPosition(), this));
		}
		super.addIndex(index);
	}

	@Override
	protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
			Document fields) {
		IndexScan<Object> scan = IndexScan.plan(getIndexes(), query, orderBy);
		if (scan == null) {
			return super.queryDocuments(query, orderBy, skip, limit, batchSize, fields);
		}
		return scan.inOrder()
				? matchDocumentsFromStream(query, scan.documents(this::getDocument), skip, limit, batchSize, null, fields)
				: matchDocumentsFromStream(scan.documents(this::getDocument), query, orderBy, skip, limit, batchSize, fields);
	}

}
