package dev.marketassist.bot.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
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
