package dev.marketassist.dialogs.account;

import static org.mockito.Mockito.mock;

import dev.marketassist.core.calendar.WorkingDayCalendar;
import dev.marketassist.dialogs.engine.DialogDefinition;
import dev.marketassist.provider.AccountChangeManagement;

/** The account dialog as its configuration defines it, over stand-ins for the domain (no Spring). */
public final class AccountDefinitions {

	private AccountDefinitions() {
	}

	public static DialogDefinition account() {
		return new AccountDialog().accountDefinition(mock(AccountChangeManagement.class), mock(WorkingDayCalendar.class));
	}

}
