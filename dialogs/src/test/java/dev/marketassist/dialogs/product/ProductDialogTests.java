package dev.marketassist.dialogs.product;

import static dev.marketassist.dialogs.engine.DialogDefinition.SUMMARY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.marketassist.dialogs.engine.DialogDefinition;
import dev.marketassist.dialogs.engine.DialogWalk;
import org.junit.jupiter.api.Test;

/** The product dialog's three paths (one per service type) walked through the engine, with Back and Edit. */
class ProductDialogTests {

	final DialogDefinition product = ProductDefinitions.product();

	final DialogWalk walk = new DialogWalk(product).start();

	DialogWalk upToLogo(String type) {
		walk.answers(type, "Linux server care", "Operations");
		if ("image".equals(type)) {
			walk.answer("web, php");
		}
		return walk.photo("logo.png", "image/png", 80_000);
	}

	DialogWalk fromIntro() {
		return walk.answers("Hands-off operations for Linux servers", "Patching, monitoring and backups by certified engineers.")
			.document("guide.pdf", "application/pdf", 300_000);
	}

	@Test
	void anOpsProductAsksDeliveryWarrantyOsTheFormAndThePlans() {
		upToLogo("ops").answers("3", "30", "linux", "Server IP").press("✅ Done").answer("Standard, 1, month, 300, 270").press("✅ Done");
		fromIntro();
		assertThat(walk.visited()).containsExactly("type", "name", "category", "logo", "delivery", "warranty", "os", "form",
				"plans", "intro", "details", "document", SUMMARY);
	}

	@Test
	void aSoftwareProductGoesFromTheLogoToThePlans() {
		upToLogo("software").answer("Standard, 1, month, 300, 270").press("✅ Done");
		fromIntro();
		assertThat(walk.visited()).containsExactly("type", "name", "category", "logo", "plans", "intro", "details", "document",
				SUMMARY);
	}

	@Test
	void anImageAsksTagsTheImageStepsAndDependenciesButNoPlans() {
		upToLogo("image").answers("1.0", "Ubuntu 24.04, PHP 8.3").skip().answer("no");
		fromIntro().skip();
		assertThat(walk.visited()).containsExactly("type", "name", "category", "tags", "logo", "version", "software", "machine",
				"custom", "intro", "details", "document", "dependencies", SUMMARY);
	}

	@Test
	void backFromTheLogoReturnsToTheStepBeforeItOnThisPath() {
		upToLogo("image").back();
		assertThat(walk.at()).isEqualTo("logo");
		walk.back();
		assertThat(walk.at()).isEqualTo("tags");
	}

	@Test
	void editingTheTypeComesStraightBackToTheSummaryWhichThenListsTheNewPath() {
		upToLogo("software").answer("Standard, 1, month, 300, 270").press("✅ Done");
		fromIntro();
		walk.edit("type").answer("ops");
		assertThat(walk.at()).isEqualTo(SUMMARY);
		// the ops steps are not answered yet: Submit asks the first of them
		walk.submit();
		assertThat(walk.at()).isEqualTo("delivery");
	}

	@Test
	void aModifiedProductsTrailIsItsPathFromTheDefinition() {
		Map<String, String> image = Map.of("type", "image", "name", "n", "category", "c", "tags", "t", "logo", "l", "version",
				"v", "software", "s", "custom", "no", "intro", "i", "details", "d");
		assertThat(product.pathOf(image, Map.of())).containsExactly("type", "name", "category", "tags", "logo", "version",
				"software", "machine", "custom", "intro", "details", "document", "dependencies");
		assertThat(product.pathOf(Map.of("type", "ops"), Map.of())).isEqualTo(List.of("type", "name", "category", "logo",
				"delivery", "warranty", "os", "form", "plans", "intro", "details", "document"));
	}

}
