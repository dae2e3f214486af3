package dev.marketassist.dialogs.session;

import java.time.Instant;

import org.bson.BsonReader;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

import static dev.marketassist.dialogs.session.BsonFields.fields;
import static dev.marketassist.dialogs.session.BsonFields.instant;
import static dev.marketassist.dialogs.session.BsonFields.list;
import static dev.marketassist.dialogs.session.BsonFields.map;
import static dev.marketassist.dialogs.session.BsonFields.number;
import static dev.marketassist.dialogs.session.BsonFields.string;
import static dev.marketassist.dialogs.session.BsonFields.strings;

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
	private static final String TYPE_HINT = "_class";

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
		list(w, "outbox", s.outbox, (entry) -> OutboxBson.outgoing(w, entry));
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
			lease(w, "lease", s.lease);
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
		fields(r, (name) -> {
			switch (name) {
				case "_id" -> s.id = r.readString();
				case "chatId" -> s.chatId = number(r);
				case "userId" -> s.userId = number(r);
				case "language" -> s.language = r.readString();
				case "languageChosen" -> s.languageChosen = r.readBoolean();
				case "recentUpdates" -> s.recentUpdates = list(r, BsonFields::number);
				case "recentNotifications" -> s.recentNotifications = list(r, BsonReader::readString);
				case "outbox" -> s.outbox = list(r, OutboxBson::outgoing);
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
		});
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
		fields(r, (name) -> {
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
		});
		return d;
	}

	/** A delivery lease in the stored form (also what a {@link SessionChange} sets). */
	static void lease(BsonWriter w, String name, DeliveryLease lease) {
		w.writeStartDocument(name);
		string(w, "owner", lease.owner());
		instant(w, "until", lease.until());
		w.writeEndDocument();
	}

	private static DeliveryLease lease(BsonReader r) {
		var lease = new Object() {
			String owner;
			Instant until;
		};
		fields(r, (name) -> {
			switch (name) {
				case "owner" -> lease.owner = r.readString();
				case "until" -> lease.until = instant(r);
				default -> r.skipValue();
			}
		});
		return new DeliveryLease(lease.owner, lease.until);
	}

}
