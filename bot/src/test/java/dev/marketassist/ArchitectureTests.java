package dev.marketassist;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module rules of DESIGN.md: dependencies point one way, bot → dialogs → domain. */
@AnalyzeClasses(packages = "dev.marketassist", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	private static final String[] DIALOGS = { "dev.marketassist.dialogs.." };

	private static final String[] DOMAIN = { "dev.marketassist.core..", "dev.marketassist.seller..", "dev.marketassist.shop..",
			"dev.marketassist.catalog..", "dev.marketassist.order..", "dev.marketassist.review.." };

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

}
