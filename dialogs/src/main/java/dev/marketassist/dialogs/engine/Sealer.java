package dev.marketassist.dialogs.engine;

/** Seals sensitive answers at rest (encryption) and opens them again. */
public interface Sealer {

	String seal(String clear);

	String open(String sealed);

}
