package dev.marketassist.product;

import java.util.List;

/**
 * What a seller submits about a product (SPEC §6); fields that do not belong to the type are
 * {@code null} or empty. Built by the dialogs from checked answers.
 *
 * @param os {@code windows}, {@code linux} or {@code both} (ops)
 * @param formFields the requirement-form template: the fields the buyer fills in (ops)
 */
public record ProductDetails(ServiceType type, String name, String category, List<String> tags, StoredFile logo,
		Integer deliveryDays, Integer warrantyDays, String os, List<String> formFields, String imageVersion,
		String software, String machineType, Boolean customisable, List<PricingPlan> plans, String summary,
		String details, StoredFile usageDocument, String dependencies) {

	public ProductDetails {
		tags = tags == null ? List.of() : List.copyOf(tags);
		formFields = formFields == null ? List.of() : List.copyOf(formFields);
		plans = plans == null ? List.of() : List.copyOf(plans);
	}

	/** The texts a buyer reads (checked for lure words, outside links and bank accounts). */
	List<String> texts() {
		return java.util.stream.Stream.of(name, category, summary, details, software, dependencies)
			.filter(java.util.Objects::nonNull)
			.toList();
	}

}
