package dev.marketassist.dialogs.engine;

import java.util.ArrayList;
import java.util.List;

import dev.marketassist.dialogs.engine.DialogDefinition.Branch;
import dev.marketassist.dialogs.engine.DialogDefinition.Route;

/**
 * A dialog's diagram, drawn from its definition: the Mermaid {@code stateDiagram-v2} text of its
 * steps, branches (named by their guards), exits, the summary's Edit and Submit. The committed
 * {@code <dialog>.mmd} files and the diagrams in the docs are this text; a test in the dialogs
 * module fails when one differs and says how to regenerate it.
 */
public final class DialogDiagram {

	/** The first line of every generated diagram. */
	public static final String GENERATED = "%% Generated from the dialog's definition by DialogDiagram: do not edit, "
			+ "regenerate (docs/architecture.md, How to add a step)";

	private DialogDiagram() {
	}

	/** The diagram of {@code dialog}, lines ending in a newline. */
	public static String mermaid(DialogDefinition dialog) {
		List<String> lines = new ArrayList<>();
		lines.add(GENERATED);
		dialog.about().forEach(line -> lines.add("%% " + line));
		lines.add("%% Every step has Back (to the step before) and Cancel (draft kept); Edit on the summary changes one "
				+ "answer, then straight back.");
		lines.add("stateDiagram-v2");
		lines.add(edge("[*]", dialog.steps().get(0).id(), ""));
		for (Step step : dialog.steps()) {
			Route route = dialog.route(step.id());
			if (step.repeated()) {
				lines.add(edge(step.id(), step.id(), "a row added, Remove last, Start over"));
			}
			for (Branch branch : route.branches()) {
				lines.add(edge(step.id(), node(branch.target()), label(step, branch)));
			}
			String otherwise = route.branches().isEmpty() ? "" : "otherwise";
			lines.add(edge(step.id(), node(route.then()), forward(step, otherwise)));
		}
		lines.add(edge("summary", dialog.steps().get(0).id(), "Edit (any step, then straight back)"));
		lines.add(edge("summary", "[*]", "Submit"));
		return String.join("\n", lines) + "\n";
	}

	private static String label(Step step, Branch branch) {
		if (branch.target() instanceof Next.Exit exit) {
			return branch.guard().name() + (exit.keepDraft() ? " (left, draft kept)" : " (left, nothing kept)");
		}
		return forward(step, branch.guard().name());
	}

	/** How a step is left forward: its guard (or none), Done for rows, or Skip on an optional step. */
	private static String forward(Step step, String guard) {
		String how = step.repeated() ? "Done" : "answer";
		if (step.optional()) {
			how += " or Skip";
		}
		if (guard.isEmpty()) {
			return step.repeated() || step.optional() ? how : "";
		}
		return step.repeated() || step.optional() ? guard + " (" + how + ")" : guard;
	}

	private static String node(Next target) {
		if (target instanceof Next.To to) {
			return to.step();
		}
		return target instanceof Next.Exit ? "[*]" : "summary";
	}

	private static String edge(String from, String to, String label) {
		return "    " + from + " --> " + to + (label.isEmpty() ? "" : ": " + label);
	}

}
