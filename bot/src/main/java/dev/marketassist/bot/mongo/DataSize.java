package dev.marketassist.bot.mongo;

import java.util.stream.Stream;

import de.bwaldvogel.mongo.backend.DocumentWithPosition;

/** The size of a collection's documents as stored (BSON), measured by encoding them all, as the server does. */
final class DataSize {

	private DataSize() {
	}

	static int of(Stream<? extends DocumentWithPosition<?>> documents) {
		long size = documents.mapToLong((document) -> BsonDocumentType.bytes(document.getDocument()).length).sum();
		return (int) Math.min(size, Integer.MAX_VALUE);
	}

}
