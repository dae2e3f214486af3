package dev.marketassist.dialogs.provider;

import static dev.marketassist.dialogs.engine.DialogDefinition.SUMMARY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marketassist.dialogs.engine.DialogWalk;
import org.junit.jupiter.api.Test;

/** The shop and merchant dialogs' graphs walked through the engine. */
class ShopAndMerchantDialogTests {

	@Test
	void theShopAsksFourStepsTheLastOptionalAndEditsFromTheSummary() {
		DialogWalk shop = new DialogWalk(OnboardingDefinitions.shop()).start();
		shop.answers("Linux server operations", "24/7 monitoring, monthly reports", "13812345678").skip();
		assertThat(shop.visited()).containsExactly("scope", "features", "contact", "featured", SUMMARY);
		shop.edit("scope").answer("Linux and Windows server operations");
		assertThat(shop.at()).isEqualTo(SUMMARY);
		assertThat(shop.lastText()).contains("Linux and Windows server operations");
		shop.back();
		assertThat(shop.at()).isEqualTo("featured");
	}

	@Test
	void theMerchantDialogLetsBothIdsBeSkippedAndBackFromTheSummaryReturnsToTheLast() {
		DialogWalk merchant = new DialogWalk(OnboardingDefinitions.merchant()).start();
		merchant.skip();
		assertThat(merchant.at()).isEqualTo("tenpay");
		merchant.skip();
		assertThat(merchant.visited()).containsExactly("wechat", "tenpay", SUMMARY);
		merchant.back();
		assertThat(merchant.at()).isEqualTo("tenpay");
		merchant.back();
		assertThat(merchant.at()).isEqualTo("wechat");
	}

}
