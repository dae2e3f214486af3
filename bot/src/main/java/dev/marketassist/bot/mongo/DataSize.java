package dev.marketassist.bot.mongo;

import java.util.stream.Stream;

import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/** The size of a collection's documents as stored (BSON), measured by encoding them all, as the server does. */
final class DataSize {

	private DataSize() {
	}

	static int of(Stream<? extends DocumentWithPosition<?>> documents) {
		long size = documents.mapToLong((document) -> of(document.getDocument())).sum();
		return (int) Math.min(size, Integer.MAX_VALUE);
	}

	private static int of(Document document) {
		ByteBuf buffer = Unpooled.buffer();
		try {
			BsonEncoder.encodeDocument(document, buffer);
			return buffer.writerIndex();
		}
		finally {
			buffer.release();
		}
	}

}
