package dev.marketassist.dialogs.session;

import java.util.List;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.Invoice;
import dev.marketassist.dialogs.Outgoing;
import dev.marketassist.dialogs.Reply;
import org.bson.BsonReader;
import org.bson.BsonWriter;

import static dev.marketassist.dialogs.session.BsonFields.fields;
import static dev.marketassist.dialogs.session.BsonFields.list;
import static dev.marketassist.dialogs.session.BsonFields.number;
import static dev.marketassist.dialogs.session.BsonFields.string;

/** An outbox entry ({@link Outgoing}, with its reply, buttons and invoice) in a session's stored form: see {@link ChatSessionCodec}. */
final class OutboxBson {

	private OutboxBson() {
	}

	static void outgoing(BsonWriter w, Outgoing o) {
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

	static Outgoing outgoing(BsonReader r) {
		var o = new Object() {
			String key;
			Outgoing.Action action;
			Integer messageId;
			Reply reply;
			Invoice invoice;
			String document;
			String asks;
		};
		fields(r, (name) -> {
			switch (name) {
				case "key" -> o.key = r.readString();
				case "action" -> o.action = Outgoing.Action.valueOf(r.readString());
				case "messageId" -> o.messageId = (int) number(r);
				case "reply" -> o.reply = reply(r);
				case "invoice" -> o.invoice = invoice(r);
				case "document" -> o.document = r.readString();
				case "asks" -> o.asks = r.readString();
				default -> r.skipValue();
			}
		});
		return new Outgoing(o.key, o.action, o.messageId, o.reply, o.invoice, o.document, o.asks);
	}

	private static Reply reply(BsonReader r) {
		var reply = new Object() {
			String html;
			List<List<Button>> keyboard;
		};
		fields(r, (name) -> {
			switch (name) {
				case "html" -> reply.html = r.readString();
				case "keyboard" -> reply.keyboard = list(r, (row) -> list(row, OutboxBson::button));
				default -> r.skipValue();
			}
		});
		return new Reply(reply.html, reply.keyboard);
	}

	private static Button button(BsonReader r) {
		var b = new Object() {
			String label;
			String data;
			String url;
		};
		fields(r, (name) -> {
			switch (name) {
				case "label" -> b.label = r.readString();
				case "data" -> b.data = r.readString();
				case "url" -> b.url = r.readString();
				default -> r.skipValue();
			}
		});
		return new Button(b.label, b.data, b.url);
	}

	private static Invoice invoice(BsonReader r) {
		var i = new Object() {
			String title;
			String description;
			String payload;
			String currency;
			long amount;
		};
		fields(r, (name) -> {
			switch (name) {
				case "title" -> i.title = r.readString();
				case "description" -> i.description = r.readString();
				case "payload" -> i.payload = r.readString();
				case "currency" -> i.currency = r.readString();
				case "amountMinor" -> i.amount = number(r);
				default -> r.skipValue();
			}
		});
		return new Invoice(i.title, i.description, i.payload, i.currency, i.amount);
	}

}
