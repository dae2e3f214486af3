package dev.marketassist.product;

import java.util.ArrayList;
import java.util.List;

/**
 * The review standards a product can be checked against before a reviewer sees it (SPEC §6).
 * Hard findings block the submission; soft ones are advice.
 */
public final class PreCheck {

	/**
	 * One finding.
	 * @param code the message key ({@code precheck.<code>})
	 * @param hard whether it blocks the submission
	 */
	public record Finding(String code, boolean hard, List<Object> args) {

		static Finding hard(String code, Object... args) {
			return new Finding("precheck." + code, true, List.of(args));
		}

		static Finding soft(String code, Object... args) {
			return new Finding("precheck." + code, false, List.of(args));
		}

	}

	private PreCheck() {
	}

	/**
	 * Checks a product.
	 * @param contactPhone the provider's contact phone, or {@code null}
	 */
	public static List<Finding> check(ProductDetails product, String contactPhone) {
		List<Finding> findings = new ArrayList<>();
		String name = product.name() == null ? "" : product.name();
		if (name.codePointCount(0, name.length()) > ProductRules.NAME_MAX) {
			findings.add(Finding.hard("name-too-long", ProductRules.NAME_MAX));
		}
		for (String text : product.texts()) {
			ProductRules.lureWord(text).ifPresent(word -> findings.add(Finding.hard("lure", word)));
			if (ProductRules.hasLink(text)) {
				findings.add(Finding.hard("link"));
			}
			if (ProductRules.hasBankAccount(text)) {
				findings.add(Finding.hard("bank-account"));
			}
		}
		if (product.plans().stream().anyMatch(plan -> !plan.withinTenYears())) {
			findings.add(Finding.hard("duration"));
		}
		if (product.type() != ServiceType.IMAGE && product.plans().isEmpty()) {
			findings.add(Finding.hard("no-plans"));
		}
		if (product.type() != ServiceType.SOFTWARE && product.usageDocument() == null) {
			findings.add(Finding.hard("no-document"));
		}
		if (product.type() == ServiceType.SOFTWARE && product.usageDocument() == null) {
			findings.add(Finding.soft("document-advised"));
		}
		if (contactPhone == null || contactPhone.isBlank()) {
			findings.add(Finding.hard("no-phone"));
		}
		if (product.details() != null && product.details().codePointCount(0, product.details().length()) < 20) {
			findings.add(Finding.soft("details-short"));
		}
		return findings.stream().distinct().toList();
	}

	public static boolean blocks(List<Finding> findings) {
		return findings.stream().anyMatch(Finding::hard);
	}

}
