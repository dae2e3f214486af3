package dev.marketassist.bot.mongo;

import java.nio.ByteBuffer;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the embedded server's unique indexes on H2. The backend's own maps use H2's
 * generic object type, which orders keys it does not know (every index key) by their Java
 * serialization and so serializes both keys on every comparison of a B-tree search: most of an
 * indexed write's time. This type compares them by their values, as MongoDB orders values, falling back to the serialized bytes only for keys the
 * value order calls equal but that are not (so the order stays total and stable across restarts).
 * Keys are written compactly (strings and numbers without Java serialization).
 */
final class KeyValueType extends BasicDataType<KeyValue> {

	static final KeyValueType INSTANCE = new KeyValueType();

	private static final byte STRING = 1;

	private static final byte LONG = 2;

	private static final byte INT = 3;

	private static final byte DOUBLE = 4;

	private static final byte NULL = 5;

	private static final byte MISSING = 6;

	private static final byte SERIALIZED = 7;

	private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();

	@Override
	public int compare(KeyValue a, KeyValue b) {
		if (a == b) {
			return 0;
		}
		int sizes = Integer.compare(a.size(), b.size());
		if (sizes != 0) {
			return sizes;
		}
		for (int i = 0; i < a.size(); i++) {
			int values = VALUES.compare(a.get(i), b.get(i));
			if (values != 0) {
				return values;
			}
		}
		return a.equals(b) ? 0 : ObjectDataType.compareNotNull(ObjectDataType.serialize(a), ObjectDataType.serialize(b));
	}

	@Override
	public int getMemory(KeyValue key) {
		return 48 + 32 * key.size();
	}

	/**
	 * The number of values, then each value: strings, whole numbers, doubles, null and missing in
	 * a few bytes, anything else Java-serialized.
	 */
	@Override
	public void write(WriteBuffer buffer, KeyValue key) {
		buffer.putVarInt(key.size());
		for (Object value : key) {
			if (value instanceof String text) {
				buffer.put(STRING).putVarInt(text.length()).putStringData(text, text.length());
			}
			else if (value instanceof Long number) {
				buffer.put(LONG).putVarLong(number);
			}
			else if (value instanceof Integer number) {
				buffer.put(INT).putVarInt(number);
			}
			else if (value instanceof Double number) {
				buffer.put(DOUBLE).putDouble(number);
			}
			else if (value == null) {
				buffer.put(NULL);
			}
			else if (value instanceof Missing) {
				buffer.put(MISSING);
			}
			else {
				byte[] bytes = ObjectDataType.serialize(value);
				buffer.put(SERIALIZED).putVarInt(bytes.length).put(bytes);
			}
		}
	}

	@Override
	public KeyValue read(ByteBuffer buffer) {
		int size = DataUtils.readVarInt(buffer);
		Object[] values = new Object[size];
		for (int i = 0; i < size; i++) {
			byte tag = buffer.get();
			values[i] = switch (tag) {
				case STRING -> DataUtils.readString(buffer, DataUtils.readVarInt(buffer));
				case LONG -> DataUtils.readVarLong(buffer);
				case INT -> DataUtils.readVarInt(buffer);
				case DOUBLE -> buffer.getDouble();
				case NULL -> null;
				case MISSING -> Missing.getInstance();
				case SERIALIZED -> {
					byte[] bytes = new byte[DataUtils.readVarInt(buffer)];
					buffer.get(bytes);
					yield ObjectDataType.deserialize(bytes);
				}
				default -> throw new IllegalStateException("unknown index key value tag " + tag);
			};
		}
		return new KeyValue(values);
	}

	@Override
	public KeyValue[] createStorage(int size) {
		return new KeyValue[size];
	}

}
