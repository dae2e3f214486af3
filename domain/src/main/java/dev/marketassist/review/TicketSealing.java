package dev.marketassist.review;

import dev.marketassist.core.crypto.FieldCipher;
import dev.marketassist.core.crypto.SealedPhones;
import org.bson.Document;
import org.springframework.data.mongodb.core.mapping.event.AfterConvertCallback;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveCallback;
import org.springframework.stereotype.Component;

/**
 * Phone numbers in a ticket's snapshot (an account change's {@code old_contactPhone} and
 * {@code new_contactPhone}, any field named {@code …Phone}) are sealed in MongoDB and clear in
 * memory, where reviewers and the change's approval need them. Snapshots written before are read
 * as they are and sealed when next saved.
 */
@Component
class TicketSealing implements BeforeSaveCallback<ReviewTicket>, AfterConvertCallback<ReviewTicket> {

	private final SealedPhones phones;

	TicketSealing(FieldCipher cipher) {
		this.phones = new SealedPhones(cipher);
	}

	static boolean isPhone(String field) {
		return field.endsWith("Phone") || field.endsWith("phone");
	}

	@Override
	public ReviewTicket onBeforeSave(ReviewTicket ticket, Document document, String collection) {
		if (document.get("snapshot") instanceof Document snapshot) {
			for (String field : snapshot.keySet()) {
				if (isPhone(field) && snapshot.get(field) instanceof String phone) {
					snapshot.put(field, phones.seal(phone));
				}
			}
		}
		return ticket;
	}

	@Override
	public ReviewTicket onAfterConvert(ReviewTicket ticket, Document document, String collection) {
		ticket.openSealed(phones::open);
		return ticket;
	}

}
