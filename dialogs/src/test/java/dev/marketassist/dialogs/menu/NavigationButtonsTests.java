package dev.marketassist.dialogs.menu;

import java.util.List;

import dev.marketassist.dialogs.Button;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationButtonsTests {

	@Test
	void backSkipCancelTheMainMenuAndLinksOnlyNavigate() {
		assertThat(NavigationButtons.only(List.of(List.of(Button.choice("« Back", "d:1a:b"), Button.choice("Skip »", "d:1a:s")),
				List.of(Button.choice("✖ Cancel", "d:1a:x"), Button.link("Docs", "https://example.com"))))).isTrue();
		assertThat(NavigationButtons.only(List.of(List.of(Button.choice("Become a seller", "m:2b:s"),
				Button.choice("Help", "m:2b:h"))))).isTrue();
	}

	@Test
	void aKeyboardWithAnAnswerAmongItsButtonsDoesNotOnlyNavigate() {
		assertThat(NavigationButtons.only(List.of(List.of(Button.choice("Yes", "d:1a:o:0")),
				List.of(Button.choice("✖ Cancel", "d:1a:x"))))).isFalse();
		assertThat(NavigationButtons.only(List.of(List.of(Button.choice("Keep", "d:1a:k"))))).isFalse();
		assertThat(NavigationButtons.only(List.of(List.of(Button.choice("Submit", "d:1a:ok"))))).isFalse();
		assertThat(NavigationButtons.only(List.of(List.of(Button.choice("Claim", "rv:1a:c:T1"))))).isFalse();
		assertThat(NavigationButtons.only(List.of())).isFalse();
	}

}
