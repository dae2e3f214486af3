package dev.marketassist.bot;

import java.util.Optional;

import dev.marketassist.dialogs.StartLinks;
import org.springframework.stereotype.Component;

/**
 * The assistant's {@code t.me} deep links, {@code https://t.me/<bot>?start=<parameter>}, when the
 * bot's username is configured ({@code TELEGRAM_BOT_USERNAME}); none otherwise (the sandbox too:
 * its users send the {@code /start} command).
 */
@Component
class BotStartLinks implements StartLinks {

	private final String username;

	BotStartLinks(TelegramSettings settings) {
		this.username = settings.username();
	}

	@Override
	public Optional<String> link(String startParameter) {
		return username.isEmpty() ? Optional.empty() : Optional.of("https://t.me/" + username + "?start=" + startParameter);
	}

}
