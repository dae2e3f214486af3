package dev.marketassist.dialogs.product;

import static org.mockito.Mockito.mock;

import dev.marketassist.product.ProductManagement;
import dev.marketassist.core.calendar.WorkingDayCalendar;
import dev.marketassist.dialogs.engine.DialogDefinition;

/** The product dialog as its configuration defines it, over stand-ins for the domain (no Spring). */
public final class ProductDefinitions {

	private ProductDefinitions() {
	}

	public static DialogDefinition product() {
		return new ProductDialog().productDefinition(mock(ProductManagement.class), mock(WorkingDayCalendar.class));
	}

}
