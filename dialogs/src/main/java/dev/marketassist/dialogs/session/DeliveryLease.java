package dev.marketassist.dialogs.session;

import java.time.Instant;

/**
 * The right to deliver one chat session's outbox, held by one instance at a time: taken in the
 * same version-checked write that stores the outbox, renewed while the instance delivers, removed
 * by its last delivery confirmation. Once {@code until} has passed it is free (its holder died or
 * stalled) and another instance may take it over.
 *
 * @param owner the holding instance's id
 * @param until when the lease expires unless renewed
 */
public record DeliveryLease(String owner, Instant until) {

	/** Whether {@code instance} may deliver now: the lease is its own or has expired. */
	public boolean freeFor(String instance, Instant now) {
		return owner == null || owner.equals(instance) || until == null || !until.isAfter(now);
	}

}
