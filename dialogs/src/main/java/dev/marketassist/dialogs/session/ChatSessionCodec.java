package dev.marketassist.dialogs.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.Invoice;
import dev.marketassist.dialogs.Outgoing;
import dev.marketassist.dialogs.Reply;
import org.bson.BsonInvalidOperationException;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/**
 * A chat session to and from BSON in one pass, without an intermediate document: the session is
 * written and read on every update, and Spring Data's general mapping cost more than the rest of
 * the handling (docs/performance.md, "Less work per update").
 * <p>
 * The stored form is exactly the one Spring Data's mapping writes for {@link ChatSession} (same
 * names, order and BSON types, nulls left out, instants as dates with milliseconds, enums by name,
 * the {@code _class} hint at the top), so sessions stored before are read unchanged and either can
 * read what the other wrote: {@code ChatSessionCodecTests} compares the two on sessions with every
 * field set. Reading is lenient as Spring Data's is: fields it does not know are skipped, a missing
 * field keeps its default, a number is read whatever its BSON width.
 */
final class ChatSessionCodec implements Codec<ChatSession> {

	/** The type hint Spring Data writes at the top of a document. */
	static final String TYPE_HINT = "_class";

	@Override
	public Class<ChatSession> getEncoderClass() {
		return ChatSession.class;
	}

	@Override
	public void encode(BsonWriter w, ChatSession s, EncoderContext context) {
		w.writeStartDocument();
		string(w, "_id", s.id);
		w.writeInt64("chatId", s.chatId);
		w.writeInt64("userId", s.userId);
		string(w, "language", s.language);
		w.writeBoolean("languageChosen", s.languageChosen);
		list(w, "recentUpdates", s.recentUpdates, (v) -> w.writeInt64(v));
		list(w, "recentNotifications", s.recentNotifications, w::writeString);
		list(w, "outbox", s.outbox, (entry) -> outgoing(w, entry));
		if (s.promptMessageId != null) {
			w.writeInt32("promptMessageId", s.promptMessageId);
		}
		w.writeInt32("promptSeq", s.promptSeq);
		list(w, "liveNonces", s.liveNonces, w::writeString);
		string(w, "resentPrompt", s.resentPrompt);
		list(w, "retiredMessages", s.retiredMessages, (v) -> w.writeInt32(v));
		instant(w, "resentAt", s.resentAt);
		if (s.active != null) {
			w.writeName("active");
			dialog(w, s.active);
		}
		if (s.drafts != null) {
			w.writeStartDocument("drafts");
			s.drafts.forEach((name, draft) -> {
				w.writeName(name);
				dialog(w, draft);
			});
			w.writeEndDocument();
		}
		instant(w, "createdAt", s.createdAt);
		instant(w, "updatedAt", s.updatedAt);
		if (s.lease != null) {
			w.writeStartDocument("lease");
			string(w, "owner", s.lease.owner());
			instant(w, "until", s.lease.until());
			w.writeEndDocument();
		}
		if (s.version != null) {
			w.writeInt64("version", s.version);
		}
		w.writeString(TYPE_HINT, ChatSession.class.getName());
		w.writeEndDocument();
	}

	@Override
	public ChatSession decode(BsonReader r, DecoderContext context) {
		ChatSession s = new ChatSession();
		r.readStartDocument();
		while (r.readBsonType() != BsonType.END_OF_DOCUMENT) {
			String name = r.readName();
			if (r.getCurrentBsonType() == BsonType.NULL) {
				r.readNull(); // as Spring Data: the field keeps its default
				continue;
			}
			switch (name) {
				case "_id" -> s.id = r.readString();
				case "chatId" -> s.chatId = number(r);
				case "userId" -> s.userId = number(r);
				case "language" -> s.language = r.readString();
				case "languageChosen" -> s.languageChosen = r.readBoolean();
				case "recentUpdates" -> s.recentUpdates = list(r, ChatSessionCodec::number);
				case "recentNotifications" -> s.recentNotifications = list(r, BsonReader::readString);
				case "outbox" -> s.outbox = list(r, ChatSessionCodec::outgoing);
				case "promptMessageId" -> s.promptMessageId = (int) number(r);
				case "promptSeq" -> s.promptSeq = (int) number(r);
				case "liveNonces" -> s.liveNonces = list(r, BsonReader::readString);
				case "resentPrompt" -> s.resentPrompt = r.readString();
				case "retiredMessages" -> s.retiredMessages = list(r, (reader) -> (int) number(reader));
				case "resentAt" -> s.resentAt = instant(r);
				case "active" -> s.active = dialog(r);
				case "drafts" -> s.drafts = map(r, ChatSessionCodec::dialog);
				case "createdAt" -> s.createdAt = instant(r);
				case "updatedAt" -> s.updatedAt = instant(r);
				case "lease" -> s.lease = lease(r);
				case "version" -> s.version = number(r);
				default -> r.skipValue();
			}
		}
		r.readEndDocument();
		return s;
	}

	private static void dialog(BsonWriter w, DialogState d) {
		w.writeStartDocument();
		string(w, "dialog", d.getDialog());
		string(w, "step", d.getStep());
		if (d.getMode() != null) {
			w.writeString("mode", d.getMode().name());
		}
		strings(w, "answers", d.getAnswers());
		list(w, "trail", d.getTrail(), w::writeString);
		list(w, "rows", d.getRows(), w::writeString);
		strings(w, "context", d.getContext());
		instant(w, "startedAt", d.getStartedAt());
		instant(w, "updatedAt", d.getUpdatedAt());
		w.writeEndDocument();
	}

	private static DialogState dialog(BsonReader r) {
		DialogState d = new DialogState();
		r.readStartDocument();
		while (r.readBsonType() != BsonType.END_OF_DOCUMENT) {
			String name = r.readName();
			if (r.getCurrentBsonType() == BsonType.NULL) {
				r.readNull();
				continue;
			}
			switch (name) {
				case "dialog" -> d.setDialog(r.readString());
				case "step" -> d.setStep(r.readString());
				case "mode" -> d.setMode(DialogState.Mode.valueOf(r.readString()));
				case "answers" -> d.setAnswers(map(r, BsonReader::readString));
				case "trail" -> d.setTrail(list(r, BsonReader::readString));
				case "rows" -> d.setRows(list(r, BsonReader::readString));
				case "context" -> d.setContext(map(r, BsonReader::readString));
				case "startedAt" -> d.setStartedAt(instant(r));
				case "updatedAt" -> d.setUpdatedAt(instant(r));
				default -> r.skipValue();
			}
		}
		r.readEndDocument();
		return d;
	}

	private static void outgoing(BsonWriter w, Outgoing o) {
		w.writeStartDocument();
		string(w, "key", o.key());
		if (o.action() != null) {
			w.writeString("action", o.action().name());
		}
		if (o.messageId() != null) {
			w.writeInt32("messageId", o.messageId());
		}
		if (o.reply() != null) {
			w.writeStartDocument("reply");
			string(w, "html", o.reply().html());
			list(w, "keyboard", o.reply().keyboard(), (row) -> {
				w.writeStartArray();
				for (Button button : row) {
					w.writeStartDocument();
					string(w, "label", button.label());
					string(w, "data", button.data());
					string(w, "url", button.url());
					w.writeEndDocument();
				}
				w.writeEndArray();
			});
			w.writeEndDocument();
		}
		if (o.invoice() != null) {
			Invoice i = o.invoice();
			w.writeStartDocument("invoice");
			string(w, "title", i.title());
			string(w, "description", i.description());
			string(w, "payload", i.payload());
			string(w, "currency", i.currency());
			w.writeInt64("amountMinor", i.amountMinor());
			w.writeEndDocument();
		}
		string(w, "document", o.document());
		string(w, "asks", o.asks());
		w.writeEndDocument();
	}

	private static Outgoing outgoing(BsonReader r) {
		String key = null;
		Outgoing.Action action = null;
		Integer messageId = null;
		Reply reply = null;
		Invoice invoice = null;
		String document = null;
		String asks = null;
		r.readStartDocument();
		while (r.readBsonType() != BsonType.END_OF_DOCUMENT) {
			String name = r.readName();
			if (r.getCurrentBsonType() == BsonType.NULL) {
				r.readNull();
				continue;
			}
			switch (name) {
				case "key" -> key = r.readString();
				case "action" -> action = Outgoing.Action.valueOf(r.readString());
				case "messageId" -> messageId = (int) number(r);
				case "reply" -> reply = reply(r);
				case "invoice" -> invoice = invoice(r);
				case "document" -> document = r.readString();
				case "asks" -> asks = r.readString();
				default -> r.skipValue();
			}
		}
		r.readEndDocument();
		return new Outgoing(key, action, messageId, reply, invoice, document, asks);
	}

	private static Reply reply(BsonReader r) {
		String html = null;
		List<List<Button>> keyboard = null;
		r.readStartDocument();
		while (r.readBsonType() != BsonType.END_OF_DOCUMENT) {
			String name = r.readName();
			if (r.getCurrentBsonType() == BsonType.NULL) {
				r.readNull();
			}
			else if (name.equals("html")) {
				html = r.readString();
			}
			else if (name.equals("keyboard")) {
				keyboard = list(r, (row) -> list(row, ChatSessionCodec::button));
			}
			else {
				r.skipValue();
			}
		}
		r.readEndDocument();
		return new Reply(html, keyboard);
	}

	private static Button button(BsonReader r) {
		String label = null;
		String data = null;
		String url = null;
		r.readStartDocument();
		while (r.readBsonType() != BsonType.END_OF_DOCUMENT) {
			String name = r.readName();
			if (r.getCurrentBsonType() == BsonType.NULL) {
				r.readNull();
				continue;
			}
			switch (name) {
				case "label" -> label = r.readString();
				case "data" -> data = r.readString();
				case "url" -> url = r.readString();
				default -> r.skipValue();
			}
		}
		r.readEndDocument();
		return new Button(label, data, url);
	}

	private static Invoice invoice(BsonReader r) {
		String title = null;
		String description = null;
		String payload = null;
		String currency = null;
		long amount = 0;
		r.readStartDocument();
		while (r.readBsonType() != BsonType.END_OF_DOCUMENT) {
			String name = r.readName();
			if (r.getCurrentBsonType() == BsonType.NULL) {
				r.readNull();
				continue;
			}
			switch (name) {
				case "title" -> title = r.readString();
				case "description" -> description = r.readString();
				case "payload" -> payload = r.readString();
				case "currency" -> currency = r.readString();
				case "amountMinor" -> amount = number(r);
				default -> r.skipValue();
			}
		}
		r.readEndDocument();
		return new Invoice(title, description, payload, currency, amount);
	}

	private static DeliveryLease lease(BsonReader r) {
		String owner = null;
		Instant until = null;
		r.readStartDocument();
		while (r.readBsonType() != BsonType.END_OF_DOCUMENT) {
			String name = r.readName();
			if (r.getCurrentBsonType() == BsonType.NULL) {
				r.readNull();
			}
			else if (name.equals("owner")) {
				owner = r.readString();
			}
			else if (name.equals("until")) {
				until = instant(r);
			}
			else {
				r.skipValue();
			}
		}
		r.readEndDocument();
		return new DeliveryLease(owner, until);
	}

	private static void string(BsonWriter w, String name, String value) {
		if (value != null) {
			w.writeString(name, value);
		}
	}

	private static void instant(BsonWriter w, String name, Instant value) {
		if (value != null) {
			w.writeDateTime(name, value.toEpochMilli());
		}
	}

	private static void strings(BsonWriter w, String name, Map<String, String> values) {
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

	private static <T> void list(BsonWriter w, String name, List<T> values, java.util.function.Consumer<T> element) {
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

	private static <T> List<T> list(BsonReader r, Function<BsonReader, T> element) {
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

	private static <T> Map<String, T> map(BsonReader r, Function<BsonReader, T> value) {
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

	private static Instant instant(BsonReader r) {
		return Instant.ofEpochMilli(r.readDateTime());
	}

	/** A whole number whatever its BSON width (a counter may have been written as either). */
	private static long number(BsonReader r) {
		return switch (r.getCurrentBsonType()) {
			case INT32 -> r.readInt32();
			case INT64 -> r.readInt64();
			case DOUBLE -> (long) r.readDouble();
			default -> throw new BsonInvalidOperationException("a number was expected, not " + r.getCurrentBsonType());
		};
	}

}
