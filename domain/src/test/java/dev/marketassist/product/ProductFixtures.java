package dev.marketassist.product;

import java.math.BigDecimal;
import java.util.List;

/** Products of each type that pass the pre-check. */
final class ProductFixtures {

	private ProductFixtures() {
	}

	static StoredFile logo() {
		return new StoredFile("file-logo", "logo.png", "image/png", 100_000);
	}

	static StoredFile document() {
		return new StoredFile("file-doc", "guide.pdf", "application/pdf", 1_000_000);
	}

	static List<PricingPlan> plans() {
		return List.of(new PricingPlan("Standard", 1, PricingPlan.Unit.YEAR, new BigDecimal("1200"), new BigDecimal("999")));
	}

	static ProductDetails ops() {
		return new ProductDetails(ServiceType.OPS, "Linux server care", "Operations", List.of(), logo(), 3, 30, "linux",
				List.of("Requirement description", "Contact"), null, null, null, null, plans(), "Server operations",
				"Patching, monitoring and backups for Linux servers", document(), null);
	}

	static ProductDetails image() {
		return new ProductDetails(ServiceType.IMAGE, "LAMP stack", "Images", List.of("web", "php"), logo(), null, null, null,
				List.of(), "v1.0", "Apache, MySQL, PHP", null, true, List.of(), "A ready LAMP server",
				"Apache 2.4, MySQL 8 and PHP 8 preinstalled and tuned", document(), null);
	}

	static ProductDetails software() {
		return new ProductDetails(ServiceType.SOFTWARE, "Ticket desk", "SaaS", List.of(), logo(), null, null, null, List.of(),
				null, null, null, null, plans(), "Help-desk software", "Tickets, SLAs and reports for support teams", null,
				null);
	}

}
