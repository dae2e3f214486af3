package dev.marketassist.dialogs.session;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;

/**
 * A session's stored form as a plain {@link Document} and back, for the in-memory copy a delivery
 * confirmation changes ({@link LocalUpdate}): the values a session holds (strings, whole and
 * decimal numbers, booleans, dates, nulls, documents, arrays) read and written directly, the same
 * Java values and the same bytes as the driver's {@link DocumentCodec}, which does it through a
 * codec lookup per value; a document with any other kind of value is left to that codec whole.
 */
final class PlainBson {

	private PlainBson() {
	}

	static Document read(RawBsonDocument stored, DocumentCodec codec) {
		try (BsonBinaryReader reader = new BsonBinaryReader(stored.getByteBuffer().asNIO())) {
			return document(reader);
		}
		catch (NotPlain ex) {
			return codec.decode(new BsonBinaryReader(stored.getByteBuffer().asNIO()), DecoderContext.builder().build());
		}
	}

	static RawBsonDocument write(Document document, DocumentCodec codec) {
		BasicOutputBuffer buffer = new BasicOutputBuffer();
		try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
			document(writer, document);
		}
		catch (NotPlain ex) {
			return new RawBsonDocument(document, codec);
		}
		return new RawBsonDocument(buffer.toByteArray());
	}

	private static Document document(BsonReader reader) {
		Document document = new Document();
		reader.readStartDocument();
		while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
			String name = reader.readName();
			document.put(name, value(reader));
		}
		reader.readEndDocument();
		return document;
	}

	private static Object value(BsonReader reader) {
		switch (reader.getCurrentBsonType()) {
			case STRING:
				return reader.readString();
			case INT32:
				return reader.readInt32();
			case INT64:
				return reader.readInt64();
			case DOUBLE:
				return reader.readDouble();
			case BOOLEAN:
				return reader.readBoolean();
			case DATE_TIME:
				return new Date(reader.readDateTime());
			case NULL:
				reader.readNull();
				return null;
			case DOCUMENT:
				return document(reader);
			case ARRAY:
				List<Object> values = new ArrayList<>();
				reader.readStartArray();
				while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
					values.add(value(reader));
				}
				reader.readEndArray();
				return values;
			default:
				throw new NotPlain();
		}
	}

	private static void document(BsonWriter writer, Map<?, ?> document) {
		writer.writeStartDocument();
		for (Map.Entry<?, ?> field : document.entrySet()) {
			if (!(field.getKey() instanceof String name)) {
				throw new NotPlain();
			}
			writer.writeName(name);
			value(writer, field.getValue());
		}
		writer.writeEndDocument();
	}

	private static void value(BsonWriter writer, Object value) {
		if (value == null) {
			writer.writeNull();
		}
		else if (value instanceof String string) {
			writer.writeString(string);
		}
		else if (value instanceof Integer number) {
			writer.writeInt32(number);
		}
		else if (value instanceof Long number) {
			writer.writeInt64(number);
		}
		else if (value instanceof Double number) {
			writer.writeDouble(number);
		}
		else if (value instanceof Boolean bool) {
			writer.writeBoolean(bool);
		}
		else if (value instanceof Date date) {
			writer.writeDateTime(date.getTime());
		}
		else if (value instanceof Document nested) {
			document(writer, nested);
		}
		else if (value instanceof List<?> values) {
			writer.writeStartArray();
			for (Object element : values) {
				value(writer, element);
			}
			writer.writeEndArray();
		}
		else {
			throw new NotPlain();
		}
	}

	/** A value this class does not write or read itself. */
	private static final class NotPlain extends RuntimeException {

		NotPlain() {
			super(null, null, false, false);
		}

	}

}
