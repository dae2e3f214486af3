package dev.marketassist.bot.mongo;

import java.nio.ByteBuffer;
import java.util.Arrays;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The value type of the embedded H2 store's documents: BSON, as the wire carries them. The
 * backend's own maps use H2's generic object type, which stores a document (an unknown class to it)
 * by Java serialization: every commit rewrites the pages it changed, so the store serialized a
 * dozen sessions that way for each write (most of an H2 commit's time), and the output is three
 * times the BSON's size. Values written by that type (a file of an earlier version) are still read
 * (they lack this type's first byte) and are written as BSON with their page's next change; a value
 * BSON cannot hold is written the old way.
 */
final class BsonDocumentType extends BasicDataType<Document> {

	static final BsonDocumentType INSTANCE = new BsonDocumentType();

	/** The first byte of a value written by this type: no type tag of {@link ObjectDataType} has it. */
	private static final byte BSON = (byte) 0xB5;

	private static final ObjectDataType OBJECTS = new ObjectDataType();

	/** A running average of the documents' size, the memory H2 counts for one when splitting pages. */
	private volatile int averageSize = 1024;

	@Override
	public int getMemory(Document document) {
		return this.averageSize;
	}

	@Override
	public void write(WriteBuffer buffer, Document document) {
		ByteBuf encoded = Unpooled.buffer(this.averageSize * 2);
		try {
			BsonEncoder.encodeDocument(document, encoded);
		}
		catch (RuntimeException notBson) {
			encoded.release();
			OBJECTS.write(buffer, document);
			return;
		}
		int size = encoded.readableBytes();
		buffer.put(BSON).put(encoded.array(), encoded.arrayOffset() + encoded.readerIndex(), size);
		encoded.release();
		this.averageSize = Math.max(64, (this.averageSize * 15 + size) / 16);
	}

	@Override
	public Document read(ByteBuffer buffer) {
		if (buffer.get(buffer.position()) != BSON) {
			return (Document) OBJECTS.read(buffer);
		}
		buffer.get();
		int start = buffer.position();
		// a BSON document starts with its length (little-endian, itself included)
		int length = (buffer.get(start) & 0xFF) | (buffer.get(start + 1) & 0xFF) << 8 | (buffer.get(start + 2) & 0xFF) << 16
				| (buffer.get(start + 3) & 0xFF) << 24;
		byte[] bytes = new byte[length];
		buffer.get(bytes);
		return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
	}

	@Override
	public int compare(Document a, Document b) {
		if (a == b || a.equals(b)) {
			return 0;
		}
		return Arrays.compare(bytes(a), bytes(b));
	}

	@Override
	public Document[] createStorage(int size) {
		return new Document[size];
	}

	/** A document as BSON, as the server's wire encoder writes it (also its stored size: see {@link DataSize}). */
	static byte[] bytes(Document document) {
		ByteBuf encoded = Unpooled.buffer();
		try {
			BsonEncoder.encodeDocument(document, encoded);
			byte[] bytes = new byte[encoded.readableBytes()];
			encoded.readBytes(bytes);
			return bytes;
		}
		finally {
			encoded.release();
		}
	}

}
