package dev.marketassist.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.marketassist.dialogs.account.AccountDefinitions;
import dev.marketassist.dialogs.engine.DialogDefinition;
import dev.marketassist.dialogs.engine.DialogDiagram;
import dev.marketassist.dialogs.provider.OnboardingDefinitions;
import dev.marketassist.dialogs.order.OrderDefinitions;
import dev.marketassist.dialogs.product.ProductDefinitions;
import dev.marketassist.dialogs.review.ReviewDefinitions;
import org.junit.jupiter.api.Test;

/**
 * Each dialog's committed diagram ({@code <dialog>.mmd} beside its definition) and each copy of
 * it in the docs (a {@code mermaid} block right after {@code <!-- diagram: <file>.mmd -->}) is
 * the diagram generated from its definition. Run with {@code -Ddiagrams.write=true} to rewrite
 * them all from the definitions.
 */
class DialogDiagramsTests {

	static final String REGENERATE = "mvn -B -pl dialogs -am test -Dtest=DialogDiagramsTests "
			+ "-Dsurefire.failIfNoSpecifiedTests=false -Ddiagrams.write=true";

	static final Path SOURCES = Path.of("src/main/java/dev/marketassist/dialogs");

	/** Where the docs live, seen from the dialogs module. */
	static final List<Path> DOCS = List.of(Path.of("../README.md"), Path.of("../docs/architecture.md"),
			Path.of("../docs/features.md"));

	static final Pattern EMBED = Pattern.compile("<!-- diagram: ([\\w-]+\\.mmd) -->\\n```mermaid\\n(.*?)```", Pattern.DOTALL);

	final boolean write = Boolean.getBoolean("diagrams.write");

	/** Each diagram file (under the dialogs' sources) and the definition it is drawn from. */
	static Map<String, DialogDefinition> diagrams() {
		Map<String, DialogDefinition> diagrams = new LinkedHashMap<>();
		diagrams.put("provider/onboarding.mmd", OnboardingDefinitions.onboarding());
		diagrams.put("provider/shop.mmd", OnboardingDefinitions.shop());
		diagrams.put("provider/merchant.mmd", OnboardingDefinitions.merchant());
		diagrams.put("product/product.mmd", ProductDefinitions.product());
		diagrams.put("account/account.mmd", AccountDefinitions.account());
		diagrams.put("review/review-reject.mmd", ReviewDefinitions.reject());
		diagrams.put("order/order-form.mmd", OrderDefinitions.requirements());
		diagrams.put("order/order-dispute.mmd", OrderDefinitions.dispute());
		return diagrams;
	}

	@Test
	void everyDialogsCommittedDiagramIsTheOneItsDefinitionDraws() throws IOException {
		for (var entry : diagrams().entrySet()) {
			Path file = SOURCES.resolve(entry.getKey());
			String generated = DialogDiagram.mermaid(entry.getValue());
			if (write) {
				Files.writeString(file, generated, StandardCharsets.UTF_8);
			}
			String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(missing)";
			assertThat(committed).as(file + " is not the diagram of dialog " + entry.getValue().name()
					+ "'s definition; regenerate the diagrams with\n  " + REGENERATE + "\nand commit them").isEqualTo(generated);
		}
	}

	@Test
	void everyDiagramInTheDocsIsTheGeneratedOne() throws IOException {
		Map<String, String> generated = new LinkedHashMap<>();
		diagrams().forEach((file, dialog) -> generated.put(Path.of(file).getFileName().toString(), DialogDiagram.mermaid(dialog)));
		int embeds = 0;
		for (Path doc : DOCS) {
			String text = Files.readString(doc, StandardCharsets.UTF_8);
			Matcher embed = EMBED.matcher(text);
			StringBuilder rewritten = new StringBuilder();
			while (embed.find()) {
				embeds++;
				String name = embed.group(1);
				assertThat(generated).as(doc + " embeds " + name + ", which no dialog draws").containsKey(name);
				if (write) {
					embed.appendReplacement(rewritten,
							Matcher.quoteReplacement("<!-- diagram: " + name + " -->\n```mermaid\n" + generated.get(name) + "```"));
				}
				else {
					assertThat(embed.group(2)).as(doc + " embeds an old " + name + "; regenerate the diagrams with\n  "
							+ REGENERATE + "\nand commit them").isEqualTo(generated.get(name));
				}
			}
			if (write) {
				embed.appendTail(rewritten);
				Files.writeString(doc, rewritten.toString(), StandardCharsets.UTF_8);
			}
		}
		assertThat(embeds).as("the docs show the onboarding, shop, merchant and account diagrams").isGreaterThanOrEqualTo(4);
	}

}
