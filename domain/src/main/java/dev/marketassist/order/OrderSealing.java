package dev.marketassist.order;

import java.util.List;

import dev.marketassist.core.crypto.FieldCipher;
import dev.marketassist.core.crypto.SealedPhones;
import org.bson.Document;
import org.springframework.data.mongodb.core.mapping.event.AfterConvertCallback;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveCallback;
import org.springframework.stereotype.Component;

/**
 * The phone numbers of a requirement form (the contact phone, the answers to phone-like fields)
 * are sealed in MongoDB and clear in memory, where the provider's order card needs them. Forms
 * written before are read as they are and sealed when the order is next saved.
 */
@Component
class OrderSealing implements BeforeSaveCallback<Order>, AfterConvertCallback<Order> {

	private final SealedPhones phones;

	OrderSealing(FieldCipher cipher) {
		this.phones = new SealedPhones(cipher);
	}

	@Override
	public Order onBeforeSave(Order order, Document document, String collection) {
		if (document.get("requirements") instanceof Document form) {
			if (form.get("contactPhone") instanceof String phone) {
				form.put("contactPhone", phones.seal(phone));
			}
			if (form.get("answers") instanceof List<?> answers) {
				for (Object entry : answers) {
					if (entry instanceof Document answer && answer.get("field") instanceof String field
							&& Requirements.isPhoneField(field) && answer.get("value") instanceof String value) {
						answer.put("value", phones.seal(value));
					}
				}
			}
		}
		return order;
	}

	@Override
	public Order onAfterConvert(Order order, Document document, String collection) {
		Requirements form = order.getRequirements();
		if (form != null) {
			List<Requirements.Answer> answers = form.answers()
				.stream()
				.map(a -> Requirements.isPhoneField(a.field()) ? new Requirements.Answer(a.field(), phones.open(a.value())) : a)
				.toList();
			order.setRequirements(new Requirements(form.description(), phones.open(form.contactPhone()), form.preferredTime(),
					answers, form.submittedAt()));
		}
		return order;
	}

}
