package dev.marketassist.product;

import java.util.List;

/** A submission blocked by hard pre-check findings; nothing changed. */
public final class PreCheckFailed extends RuntimeException {

	private final List<PreCheck.Finding> findings;

	public PreCheckFailed(List<PreCheck.Finding> findings) {
		super("pre-check failed", null, false, false);
		this.findings = List.copyOf(findings);
	}

	public List<PreCheck.Finding> findings() {
		return findings;
	}

}
