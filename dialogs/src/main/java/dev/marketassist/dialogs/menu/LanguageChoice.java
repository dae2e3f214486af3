package dev.marketassist.dialogs.menu;

import java.util.List;

import dev.marketassist.dialogs.Language;
import dev.marketassist.dialogs.Texts;
import dev.marketassist.dialogs.engine.Turn;

/** /language and its buttons ({@link RouterButtons#LANGUAGE}): the user's choice is kept in the session. */
final class LanguageChoice {

	private LanguageChoice() {
	}

	static void ask(Turn turn) {
		Texts t = turn.texts();
		turn.prompt(t.get("language.choose"),
				List.of(List.of(RouterButtons.LANGUAGE.button("中文", RouterButtons.LanguageAction.CHOOSE, Language.ZH_CN.tag()),
						RouterButtons.LANGUAGE.button("English", RouterButtons.LanguageAction.CHOOSE, Language.EN.tag()))));
	}

	/** Sets the language of {@code tag}; a tag that is no language changes nothing. */
	static void choose(Turn turn, String tag) {
		Language language = Language.fromTag(tag);
		if (language == null) {
			turn.notice(turn.texts().plain("button.stale"));
			return;
		}
		turn.session().setLanguage(language.tag());
		turn.session().setLanguageChosen(true);
		Texts t = new Texts(turn.texts(), language);
		turn.replacePressed(t.get("language.changed"), List.of());
		turn.prompt(t.get("menu.title"), ConversationRouter.mainMenu(t));
	}

}
