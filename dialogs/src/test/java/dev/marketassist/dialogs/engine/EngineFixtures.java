package dev.marketassist.dialogs.engine;

import java.util.List;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The sample dialog and its texts, for tests outside this package. */
public final class EngineFixtures {

	public final SampleDialog sample = new SampleDialog();

	public DialogEngine engine() {
		return new DialogEngine(List.of(sample.definition), SampleDialog.SEALER);
	}

	public ResourceBundleMessageSource messages() {
		return DialogDriver.messages();
	}

}
