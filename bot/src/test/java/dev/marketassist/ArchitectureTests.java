package dev.marketassist;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module rules of DESIGN.md: dependencies point one way, bot → dialogs → domain. */
@AnalyzeClasses(packages = "dev.marketassist", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	private static final String[] DIALOGS = { "dev.marketassist.dialogs.." };

	private static final String[] DOMAIN = { "dev.marketassist.core..", "dev.marketassist.provider..", "dev.marketassist.shop..",
			"dev.marketassist.product..", "dev.marketassist.order..", "dev.marketassist.review.." };

	@ArchTest
	static final ArchRule dialogsKnowNothingOfTelegramOrTheWeb = noClasses().that()
		.resideInAnyPackage(DIALOGS)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.telegram..", "org.springframework.web..", "jakarta.servlet..", "dev.marketassist.bot..");

	@ArchTest
	static final ArchRule domainKnowsNothingOfDialogsOrTheBot = noClasses().that()
		.resideInAnyPackage(DOMAIN)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("dev.marketassist.dialogs..", "dev.marketassist.bot..", "org.telegram..",
				"org.springframework.web..");

	@ArchTest
	static final ArchRule onlyTheTelegramAdapterTouchesTelegram = noClasses().that()
		.resideOutsideOfPackages("dev.marketassist.bot.telegram..", "dev.marketassist.bot.sending..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.telegram..");

	@ArchTest
	static final ArchRule springStatemachineStaysBehindLifecycles = noClasses().that()
		.haveSimpleNameNotEndingWith("Lifecycle")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.statemachine..");

	/** {@code market.*} settings come from their records (one per prefix), never from {@code @Value}. */
	@ArchTest
	static final ArchRule marketSettingsComeFromTheirRecords = classes().should(new ArchCondition<JavaClass>(
			"not read a market.* property with @Value") {

		@Override
		public void check(JavaClass type, ConditionEvents events) {
			List<String> places = new ArrayList<>();
			for (JavaField field : type.getFields()) {
				field.getAnnotations().forEach(a -> readsMarketProperty(a, field.getFullName(), places));
			}
			for (JavaCodeUnit unit : type.getCodeUnits()) {
				unit.getAnnotations().forEach(a -> readsMarketProperty(a, unit.getFullName(), places));
				for (JavaParameter parameter : unit.getParameters()) {
					parameter.getAnnotations()
						.forEach(a -> readsMarketProperty(a, unit.getFullName() + " parameter " + parameter.getIndex(), places));
				}
			}
			places.forEach(place -> events.add(SimpleConditionEvent.violated(type, place + " reads a market.* property with "
					+ "@Value: bind it in the prefix's settings record instead")));
		}

	});

	private static void readsMarketProperty(JavaAnnotation<?> annotation, String place, List<String> places) {
		if (annotation.getRawType().isEquivalentTo(org.springframework.beans.factory.annotation.Value.class)
				&& annotation.get("value").map(String::valueOf).filter(v -> v.contains("market.")).isPresent()) {
			places.add(place);
		}
	}

}
