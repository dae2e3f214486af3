/**
 * Encryption of sensitive fields at rest (bank account numbers) and the key it uses.
 */
@org.jspecify.annotations.NullMarked
package dev.marketassist.core.crypto;
