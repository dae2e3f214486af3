package dev.marketassist.dialogs;

/**
 * One delivery step the channel must perform, kept in the session's outbox until the channel
 * confirms it.
 *
 * @param key unique key of this entry, used to confirm delivery
 * @param action what to do
 * @param messageId the target message for {@link Action#EDIT} and {@link Action#CLEAR_KEYBOARD}
 * @param reply the content for {@link Action#SEND} and {@link Action#EDIT}
 * @param invoice the payment request for {@link Action#INVOICE}
 * @param document the stored file ({@code StoredFile.encoded()}) for {@link Action#DOCUMENT}, whose
 * caption is {@code reply}
 * @param asks for the prompt of a dialog step, {@code <dialog>/<step>}: a newer prompt of the same
 * dialog supersedes it in the outbox (it is never sent again); else {@code null}
 */
public record Outgoing(String key, Action action, Integer messageId, Reply reply, Invoice invoice, String document,
		String asks) {

	public Outgoing(String key, Action action, Integer messageId, Reply reply) {
		this(key, action, messageId, reply, null, null, null);
	}

	public Outgoing(String key, Action action, Integer messageId, Reply reply, Invoice invoice) {
		this(key, action, messageId, reply, invoice, null, null);
	}

	public Outgoing(String key, Action action, Integer messageId, Reply reply, Invoice invoice, String document) {
		this(key, action, messageId, reply, invoice, document, null);
	}

	public enum Action {

		/** Send a new message; if it has buttons it becomes the chat's live prompt. */
		SEND,
		/** Replace text and buttons of an earlier message. */
		EDIT,
		/** Remove the buttons of an earlier message so they cannot be pressed again. */
		CLEAR_KEYBOARD,
		/** Show a payment request (a channel without native payments shows its description). */
		INVOICE,
		/** Send a stored file with a caption (a channel without files shows the caption). */
		DOCUMENT

	}

}
