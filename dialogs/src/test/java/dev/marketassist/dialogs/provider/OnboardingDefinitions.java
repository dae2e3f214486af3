package dev.marketassist.dialogs.provider;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.marketassist.core.calendar.WorkingDayCalendar;
import dev.marketassist.core.schedule.DueTasks;
import dev.marketassist.dialogs.engine.DialogDefinition;
import dev.marketassist.provider.MerchantChanges;
import dev.marketassist.provider.OnboardingSettings;
import dev.marketassist.provider.PaymentSettings;
import dev.marketassist.provider.ProviderManagement;
import dev.marketassist.provider.UnifiedSocialCreditCode;
import dev.marketassist.shop.ShopManagement;

/** The seller's dialogs as their configuration defines them, over stand-ins for the domain (no Spring). */
public final class OnboardingDefinitions {

	private OnboardingDefinitions() {
	}

	public static DialogDefinition onboarding() {
		ProviderManagement providers = mock(ProviderManagement.class);
		when(providers.settings()).thenReturn(new OnboardingSettings(null, null, null, null, null));
		when(providers.availableUscc(any(), anyLong()))
			.thenAnswer(call -> UnifiedSocialCreditCode.of(call.getArgument(0, String.class)).value());
		return new OnboardingDialog().onboardingDefinition(providers, mock(PaymentSettings.class), mock(DueTasks.class),
				Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));
	}

	public static DialogDefinition shop() {
		return new ShopDialog().shopDefinition(mock(ShopManagement.class), mock(WorkingDayCalendar.class));
	}

	public static DialogDefinition merchant() {
		return new MerchantDialog().merchantDefinition(mock(MerchantChanges.class), mock(WorkingDayCalendar.class));
	}

}
