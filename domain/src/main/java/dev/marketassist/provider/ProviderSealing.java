package dev.marketassist.provider;

import dev.marketassist.core.crypto.FieldCipher;
import dev.marketassist.core.crypto.SealedPhones;
import org.bson.Document;
import org.springframework.data.mongodb.core.mapping.event.AfterConvertCallback;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveCallback;
import org.springframework.stereotype.Component;

/**
 * A provider's contact phone is sealed in MongoDB ({@code contactPhone}, AES-256-GCM) with a
 * keyed hash beside it ({@code contactPhoneHash}) for lookups; in memory it is the clear number.
 * A document from before (clear phone) is read as it is and sealed when next saved.
 */
@Component
class ProviderSealing implements BeforeSaveCallback<Provider>, AfterConvertCallback<Provider> {

	static final String PHONE = "contactPhone";

	static final String PHONE_HASH = "contactPhoneHash";

	private final SealedPhones phones;

	ProviderSealing(FieldCipher cipher) {
		this.phones = new SealedPhones(cipher);
	}

	@Override
	public Provider onBeforeSave(Provider provider, Document document, String collection) {
		String phone = document.getString(PHONE);
		if (phone != null) {
			document.put(PHONE_HASH, phones.lookupHash(phone));
			document.put(PHONE, phones.seal(phone));
		}
		return provider;
	}

	@Override
	public Provider onAfterConvert(Provider provider, Document document, String collection) {
		provider.openContactPhone(phones::open);
		return provider;
	}

}
