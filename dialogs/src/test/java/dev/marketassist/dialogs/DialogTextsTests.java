package dev.marketassist.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import dev.marketassist.dialogs.engine.DialogDefinition;
import dev.marketassist.dialogs.engine.Step;
import org.junit.jupiter.api.Test;

/**
 * Every step of every dialog has its texts in both bundles: {@code <dialog>.<step>.prompt},
 * {@code .label} and a choice's {@code .option.<option>}, and the dialog its {@code .title} (a
 * step added to a definition without its texts fails here, naming the missing key).
 */
class DialogTextsTests {

	@Test
	void everyStepHasItsPromptLabelAndOptionsInBothLanguages() throws IOException {
		for (String bundle : new String[] { "i18n/messages_en.properties", "i18n/messages_zh_CN.properties" }) {
			Properties texts = load(bundle);
			for (DialogDefinition dialog : DialogDiagramsTests.diagrams().values()) {
				assertThat(texts).as(bundle).containsKey(dialog.name() + ".title");
				for (Step step : dialog.steps()) {
					String key = dialog.name() + "." + step.textKey();
					assertThat(texts).as(bundle).containsKeys(key + ".prompt", key + ".label");
					for (String option : step.options()) {
						assertThat(texts).as(bundle).containsKey(key + ".option." + option);
					}
				}
			}
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (var in = new InputStreamReader(DialogTextsTests.class.getClassLoader().getResourceAsStream(resource),
				StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

}
