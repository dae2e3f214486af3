package dev.marketassist.dialogs.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.bson.BsonInvalidOperationException;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;

/**
 * Fields of a session's stored form written and read as Spring Data's mapping does (see {@link ChatSessionCodec}):
 * nulls left out on writing and leaving the default on reading, instants as dates with milliseconds.
 */
final class BsonFields {

	private BsonFields() {
	}

	/**
	 * Reads a document's fields: {@code field} reads the value of each name (skipping those it does
	 * not know); a null leaves the field's default, as Spring Data's mapping does.
	 */
	static void fields(BsonReader r, Consumer<String> field) {
		r.readStartDocument();
		while (r.readBsonType() != BsonType.END_OF_DOCUMENT) {
			String name = r.readName();
			if (r.getCurrentBsonType() == BsonType.NULL) {
				r.readNull();
			}
			else {
				field.accept(name);
			}
		}
		r.readEndDocument();
	}

	static void string(BsonWriter w, String name, String value) {
		if (value != null) {
			w.writeString(name, value);
		}
	}

	static void instant(BsonWriter w, String name, Instant value) {
		if (value != null) {
			w.writeDateTime(name, value.toEpochMilli());
		}
	}

	static void strings(BsonWriter w, String name, Map<String, String> values) {
		if (values == null) {
			return;
		}
		w.writeStartDocument(name);
		values.forEach((key, value) -> {
			if (value == null) {
				w.writeNull(key);
			}
			else {
				w.writeString(key, value);
			}
		});
		w.writeEndDocument();
	}

	static <T> void list(BsonWriter w, String name, List<T> values, Consumer<T> element) {
		if (values == null) {
			return;
		}
		w.writeStartArray(name);
		for (T value : values) {
			if (value == null) {
				w.writeNull();
			}
			else {
				element.accept(value);
			}
		}
		w.writeEndArray();
	}

	static <T> List<T> list(BsonReader r, Function<BsonReader, T> element) {
		List<T> values = new ArrayList<>();
		r.readStartArray();
		while (r.readBsonType() != BsonType.END_OF_DOCUMENT) {
			if (r.getCurrentBsonType() == BsonType.NULL) {
				r.readNull();
				values.add(null);
			}
			else {
				values.add(element.apply(r));
			}
		}
		r.readEndArray();
		return values;
	}

	static <T> Map<String, T> map(BsonReader r, Function<BsonReader, T> value) {
		Map<String, T> values = new LinkedHashMap<>();
		r.readStartDocument();
		while (r.readBsonType() != BsonType.END_OF_DOCUMENT) {
			String key = r.readName();
			if (r.getCurrentBsonType() == BsonType.NULL) {
				r.readNull();
				values.put(key, null);
			}
			else {
				values.put(key, value.apply(r));
			}
		}
		r.readEndDocument();
		return values;
	}

	static Instant instant(BsonReader r) {
		return Instant.ofEpochMilli(r.readDateTime());
	}

	/** A whole number whatever its BSON width (a counter may have been written as either). */
	static long number(BsonReader r) {
		return switch (r.getCurrentBsonType()) {
			case INT32 -> r.readInt32();
			case INT64 -> r.readInt64();
			case DOUBLE -> (long) r.readDouble();
			default -> throw new BsonInvalidOperationException("a number was expected, not " + r.getCurrentBsonType());
		};
	}

}
