package dev.marketassist.dialogs.product;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.marketassist.product.PricingPlan;
import dev.marketassist.product.ProductDetails;
import dev.marketassist.product.ProductRules;
import dev.marketassist.product.ServiceType;
import dev.marketassist.product.StoredFile;
import dev.marketassist.dialogs.engine.Answers;

/**
 * The product dialog's answers and a product's details, both ways: answers become details on
 * submit, and a product's details become answers when it is modified (the dialog then opens on
 * its summary).
 */
final class ProductAnswers {

	private ProductAnswers() {
	}

	static ServiceType type(Answers answers) {
		return ServiceType.valueOf(answers.get("type").toUpperCase());
	}

	static ProductDetails details(Answers a) {
		ServiceType type = type(a);
		boolean ops = type == ServiceType.OPS;
		boolean image = type == ServiceType.IMAGE;
		return new ProductDetails(type, a.get("name"), a.get("category"),
				image ? ProductRules.items(a.get("tags"), 3, "invalid.product.tags") : List.of(),
				StoredFile.decode(a.get("logo")), ops ? Integer.valueOf(a.get("delivery")) : null,
				ops ? Integer.valueOf(a.get("warranty")) : null, ops ? a.get("os") : null,
				ops ? ProductRules.formFields(a.rows("form")) : List.of(),
				image ? a.get("version") : null, image ? a.get("software") : null,
				image ? a.find("machine").orElse(null) : null, image ? a.is("custom", "yes") : null,
				image ? List.of() : PricingPlan.parseLines(a.get("plans")), a.get("intro"), a.get("details"),
				a.find("document").map(StoredFile::decode).orElse(null), image ? a.find("dependencies").orElse(null) : null);
	}

	static Map<String, String> answers(ProductDetails d) {
		Map<String, String> answers = new LinkedHashMap<>();
		answers.put("type", d.type().name().toLowerCase());
		answers.put("name", d.name());
		answers.put("category", d.category());
		put(answers, "tags", d.tags().isEmpty() ? null : String.join(", ", d.tags()));
		put(answers, "logo", d.logo() == null ? null : d.logo().encoded());
		put(answers, "delivery", d.deliveryDays());
		put(answers, "warranty", d.warrantyDays());
		put(answers, "os", d.os());
		put(answers, "form", d.formFields().isEmpty() ? null : String.join("\n", d.formFields()));
		put(answers, "version", d.imageVersion());
		put(answers, "software", d.software());
		put(answers, "machine", d.machineType());
		put(answers, "custom", d.customisable() == null ? null : d.customisable() ? "yes" : "no");
		put(answers, "plans", d.plans().isEmpty() ? null : PricingPlan.lines(d.plans()));
		put(answers, "intro", d.summary());
		put(answers, "details", d.details());
		put(answers, "document", d.usageDocument() == null ? null : d.usageDocument().encoded());
		put(answers, "dependencies", d.dependencies());
		return answers;
	}

	private static void put(Map<String, String> map, String key, Object value) {
		if (value != null) {
			map.put(key, value.toString());
		}
	}

}
