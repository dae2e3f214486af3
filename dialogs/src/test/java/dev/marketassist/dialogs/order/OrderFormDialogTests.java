package dev.marketassist.dialogs.order;

import static dev.marketassist.dialogs.engine.DialogDefinition.SUMMARY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.marketassist.dialogs.engine.DialogWalk;
import org.junit.jupiter.api.Test;

/** The order forms as configured, walked through the engine: the fixed form, a template's form, the dispute. */
class OrderFormDialogTests {

	@Test
	void theFixedFormAsksDescriptionPhoneAndAnOptionalTime() {
		DialogWalk walk = new DialogWalk(OrderDefinitions.requirements()).start(Map.of(OrderForms.ORDER, "o1"));
		walk.answer("Install nginx").contact("+86 138 1234 5678").skip();
		assertThat(walk.visited()).containsExactly("description", "phone", "time", SUMMARY);
	}

	@Test
	void aTemplatesFormAsksItsFieldsThenThePhone() {
		DialogWalk walk = new DialogWalk(OrderDefinitions.requirements())
			.start(Map.of(OrderForms.ORDER, "o1", OrderForms.FIELDS, "Server IP\nOS"));
		walk.answers("10.0.0.1", "Ubuntu").contact("+86 138 1234 5678");
		assertThat(walk.visited()).containsExactly("f1", "f2", "phone", SUMMARY);
		walk.back();
		assertThat(walk.at()).isEqualTo("phone");
	}

	@Test
	void notDoneYetAsksTheReason() {
		DialogWalk walk = new DialogWalk(OrderDefinitions.dispute()).start(Map.of(OrderForms.ORDER, "o1"));
		walk.answer("The backup job still fails.");
		assertThat(walk.visited()).containsExactly("reason", SUMMARY);
	}

}
