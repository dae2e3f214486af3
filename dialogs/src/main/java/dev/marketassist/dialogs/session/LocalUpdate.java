package dev.marketassist.dialogs.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.bson.Document;

/**
 * Applies a MongoDB update document to a copy of the stored session in memory, as the server
 * applies it, for the few operators the delivery confirmations and lease renewals use:
 * {@code $set} and {@code $unset} (dotted paths included), {@code $inc} and {@code $pull} of array
 * elements whose field equals a value or is {@code $in} a list. Lets {@link ChatSessions#update}
 * keep its cache after a write whose answer is only a count. Anything else is refused (the caller
 * then drops its copy and reads the session again), so the copy never differs from the database.
 */
final class LocalUpdate {

	private LocalUpdate() {
	}

	/**
	 * Applies {@code update} to {@code document}.
	 * @return {@code false} if it holds an operator or a shape not supported here ({@code document}
	 * must then be thrown away: it may be half changed)
	 */
	static boolean apply(Document document, Document update) {
		for (Map.Entry<String, Object> operator : update.entrySet()) {
			if (!(operator.getValue() instanceof Document fields)) {
				return false;
			}
			for (Map.Entry<String, Object> field : fields.entrySet()) {
				boolean applied = switch (operator.getKey()) {
					case "$set" -> set(document, field.getKey(), field.getValue());
					case "$unset" -> unset(document, field.getKey());
					case "$inc" -> inc(document, field.getKey(), field.getValue());
					case "$pull" -> pull(document, field.getKey(), field.getValue());
					default -> false;
				};
				if (!applied) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean set(Document document, String path, Object value) {
		Document parent = parent(document, path, true);
		if (parent == null) {
			return false;
		}
		parent.put(last(path), value);
		return true;
	}

	private static boolean unset(Document document, String path) {
		Document parent = parent(document, path, false);
		if (parent != null) {
			parent.remove(last(path));
		}
		return true;
	}

	private static boolean inc(Document document, String path, Object by) {
		Document parent = parent(document, path, true);
		if (parent == null || !(by instanceof Number amount)) {
			return false;
		}
		Object current = parent.get(last(path));
		if (current == null) {
			parent.put(last(path), amount);
			return true;
		}
		if (!(current instanceof Number number)) {
			return false;
		}
		if (isIntegral(number) && isIntegral(amount)) {
			long sum = Math.addExact(number.longValue(), amount.longValue());
			boolean bothInt = number instanceof Integer && amount instanceof Integer;
			parent.put(last(path), bothInt && sum == (int) sum ? (Object) (int) sum : (Object) sum);
			return true;
		}
		return false;
	}

	private static boolean pull(Document document, String path, Object condition) {
		Document parent = parent(document, path, false);
		if (parent == null || !parent.containsKey(last(path))) {
			return true;
		}
		if (!(parent.get(last(path)) instanceof List<?> list) || !(condition instanceof Document match)) {
			return false;
		}
		List<Object> kept = new ArrayList<>(list.size());
		for (Object element : list) {
			Boolean matches = matches(element, match);
			if (matches == null) {
				return false;
			}
			if (!matches) {
				kept.add(element);
			}
		}
		parent.put(last(path), kept);
		return true;
	}

	/** Whether an array element matches {@code {field: value}} or {@code {field: {$in: [...]}}} per field; {@code null}: not supported. */
	private static Boolean matches(Object element, Document match) {
		if (!(element instanceof Document entry)) {
			return null;
		}
		for (Map.Entry<String, Object> criterion : match.entrySet()) {
			if (criterion.getKey().startsWith("$") || criterion.getKey().contains(".")) {
				return null;
			}
			Object actual = entry.get(criterion.getKey());
			Object expected = criterion.getValue();
			if (actual instanceof Number || expected instanceof Number) {
				return null; // MongoDB compares numbers across types; not needed here
			}
			if (expected instanceof Document operator) {
				if (operator.size() != 1 || !(operator.get("$in") instanceof Collection<?> values)
						|| values.stream().anyMatch(value -> value instanceof Number || value instanceof Document)) {
					return null;
				}
				if (actual == null || actual instanceof List || !values.contains(actual)) {
					return false;
				}
			}
			else if (expected instanceof List || actual instanceof List || !Objects.equals(actual, expected)) {
				return expected instanceof List || actual instanceof List ? null : false;
			}
		}
		return true;
	}

	/** The document holding the path's last field; {@code null} if a part of the path is not a document (or missing, unless created). */
	private static Document parent(Document document, String path, boolean create) {
		String[] parts = path.split("\\.");
		Document current = document;
		for (int i = 0; i < parts.length - 1; i++) {
			Object next = current.get(parts[i]);
			if (next == null && create) {
				next = new Document();
				current.put(parts[i], next);
			}
			if (!(next instanceof Document nested)) {
				return null;
			}
			current = nested;
		}
		return current;
	}

	private static String last(String path) {
		return path.substring(path.lastIndexOf('.') + 1);
	}

	private static boolean isIntegral(Number number) {
		return number instanceof Integer || number instanceof Long;
	}

}
