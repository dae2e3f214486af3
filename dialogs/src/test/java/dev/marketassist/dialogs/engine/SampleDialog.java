package dev.marketassist.dialogs.engine;

import java.util.ArrayList;
import java.util.List;

import dev.marketassist.core.InvalidValue;
import dev.marketassist.dialogs.Reply;

/** A dialog that uses every control of the engine: a choice with an exit, validation, an optional and a confidential step. */
final class SampleDialog {

	final List<Answers> submitted = new ArrayList<>();

	final DialogDefinition definition = DialogDefinition.dialog("sample")
		.ask(Step.choice("agree", "yes", "no")).exit(Guard.is("agree", "no"), "sample.declined", false).then("name")
		.ask(Step.text("name").parse(SampleDialog::name)).then("note")
		.ask(Step.text("note").skippable()).then("secret")
		.ask(Step.text("secret").parse(String::strip).confidential()).then(DialogDefinition.SUMMARY)
		.onSubmit((answers, submission) -> {
			submitted.add(answers);
			return List.of(Reply.of(submission.texts().get("sample.submitted", answers.get("name"))));
		});

	private static String name(String raw) {
		String name = raw.strip();
		if (name.codePointCount(0, name.length()) < 2) {
			throw new InvalidValue("invalid.name.short");
		}
		return name;
	}

	/** Reversible, recognisable sealing for tests (the application uses AES-GCM). */
	static final Sealer SEALER = new Sealer() {
		@Override
		public String seal(String clear) {
			return "sealed:" + new StringBuilder(clear).reverse();
		}

		@Override
		public String open(String sealed) {
			return new StringBuilder(sealed.substring("sealed:".length())).reverse().toString();
		}
	};

}
