package dev.marketassist.dialogs.menu;

import java.util.List;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.Language;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.dialogs.engine.Callbacks;
import dev.marketassist.dialogs.engine.Turn;

/** /language and its buttons ({@code l:<tag>}, always valid): the user's choice is kept in the session. */
final class LanguageChoice {

	private LanguageChoice() {
	}

	static void ask(Turn turn) {
		Texts t = turn.texts();
		turn.prompt(t.get("language.choose"), List.of(List.of(Button.choice("中文", Callbacks.of("l", Language.ZH_CN.tag())),
				Button.choice("English", Callbacks.of("l", Language.EN.tag())))));
	}

	/** @return whether {@code tag} is a language (else nothing changed) */
	static boolean choose(Turn turn, String tag) {
		Language language = Language.fromTag(tag);
		if (language == null) {
			return false;
		}
		turn.session().setLanguage(language.tag());
		turn.session().setLanguageChosen(true);
		Texts t = new Texts(turn.texts(), language);
		turn.replacePressed(t.get("language.changed"), List.of());
		turn.prompt(t.get("menu.title"), ConversationRouter.mainMenu(t));
		return true;
	}

}
