package dev.marketassist.bot.telegram;

import java.util.List;

import dev.marketassist.bot.sending.OutboundMessages;
import dev.marketassist.dialogs.Language;
import dev.marketassist.dialogs.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;

/**
 * Registers the commands shown in Telegram's menu, in Chinese for {@code zh} clients and in
 * English for everyone else.
 */
final class CommandRegistrar {

	private static final Logger log = LoggerFactory.getLogger(CommandRegistrar.class);

	static final List<String> COMMANDS = List.of("start", "help", "status", "products", "orders", "cancel", "language");

	private final OutboundMessages sender;

	private final MessageSource messages;

	CommandRegistrar(OutboundMessages sender, MessageSource messages) {
		this.sender = sender;
		this.messages = messages;
	}

	void register() {
		register(Language.EN, null);
		register(Language.EN, "en");
		register(Language.ZH_CN, "zh");
	}

	private void register(Language language, String languageCode) {
		Texts t = new Texts(messages, language);
		List<BotCommand> commands = COMMANDS.stream()
			.map(name -> new BotCommand(name, t.plain("command." + name + ".description")))
			.toList();
		SetMyCommands set = SetMyCommands.builder()
			.commands(commands)
			.scope(new BotCommandScopeDefault())
			.languageCode(languageCode)
			.build();
		sender.sendNow(set).whenComplete((ok, error) -> {
			if (error != null) {
				log.warn("setMyCommands ({}) failed: {}", languageCode == null ? "default" : languageCode, error.toString());
			}
		});
	}

}
