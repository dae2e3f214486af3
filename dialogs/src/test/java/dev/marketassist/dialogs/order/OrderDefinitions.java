package dev.marketassist.dialogs.order;

import static org.mockito.Mockito.mock;

import dev.marketassist.dialogs.engine.DialogDefinition;
import dev.marketassist.order.OrderManagement;

/** The buyer's order forms as their configuration defines them, over stand-ins for the domain (no Spring). */
public final class OrderDefinitions {

	private OrderDefinitions() {
	}

	public static DialogDefinition requirements() {
		return new OrderForms().orderRequirementsForm(mock(OrderManagement.class), mock(OrderCards.class));
	}

	public static DialogDefinition dispute() {
		return new OrderForms().orderDisputeForm(mock(OrderManagement.class), mock(OrderCards.class));
	}

}
