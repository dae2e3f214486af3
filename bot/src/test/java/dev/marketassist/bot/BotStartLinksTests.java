package dev.marketassist.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketassist.dialogs.StartLinks;
import org.junit.jupiter.api.Test;

/** The one builder of the assistant's {@code t.me} links, from {@code market.telegram.username}. */
class BotStartLinksTests {

	private static StartLinks links(String username) {
		return new BotStartLinks(new TelegramSettings(null, null, null, null, null, null, 0, null, username, null, null,
				false));
	}

	@Test
	void buildsTMeLinksForInvitationsAndOrders() {
		StartLinks links = links(" @market_bot ");
		assertThat(links.invite("t1")).contains("https://t.me/market_bot?start=invite_t1");
		assertThat(links.order("t2")).contains("https://t.me/market_bot?start=order_t2");
	}

	@Test
	void hasNoLinkWithoutAUsernameAndTheCommandStands() {
		assertThat(links("").invite("t1")).isEmpty();
		assertThat(links(null).order("t2")).isEmpty();
		assertThat(StartLinks.command(StartLinks.INVITE + "t1")).isEqualTo("/start invite_t1");
	}

}
