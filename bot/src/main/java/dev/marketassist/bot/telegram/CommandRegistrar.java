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
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;

/**
 * Registers the commands shown in Telegram's menu, in Chinese for {@code zh} clients and in
 * English for everyone else.
 */
final class CommandRegistrar {

	private static final Logger log = LoggerFactory.getLogger(CommandRegistrar.class);

	static final List<String> COMMANDS = List.of("start", "help", "status", "products", "orders", "account", "team", "cancel",
			"language");

	private final OutboundMessages sender;

	/** Reviewers (configured by id) also see /review in their menu. */
	static final List<String> REVIEWER_COMMANDS = List.of("review");

	private final MessageSource messages;

	private final List<Long> reviewers;

	CommandRegistrar(OutboundMessages sender, MessageSource messages, List<Long> reviewers) {
		this.sender = sender;
		this.messages = messages;
		this.reviewers = List.copyOf(reviewers);
	}

	void register() {
		register(Language.EN, null, new BotCommandScopeDefault(), COMMANDS);
		register(Language.EN, "en", new BotCommandScopeDefault(), COMMANDS);
		register(Language.ZH_CN, "zh", new BotCommandScopeDefault(), COMMANDS);
		List<String> reviewerCommands = new java.util.ArrayList<>(COMMANDS);
		reviewerCommands.addAll(1, REVIEWER_COMMANDS);
		for (Long reviewer : reviewers) {
			var scope = new BotCommandScopeChat(Long.toString(reviewer));
			register(Language.EN, null, scope, reviewerCommands);
			register(Language.EN, "en", scope, reviewerCommands);
			register(Language.ZH_CN, "zh", scope, reviewerCommands);
		}
	}

	private void register(Language language, String languageCode, BotCommandScope scope, List<String> names) {
		Texts t = new Texts(messages, language);
		List<BotCommand> commands = names.stream()
			.map(name -> new BotCommand(name, t.plain("command." + name + ".description")))
			.toList();
		SetMyCommands set = SetMyCommands.builder()
			.commands(commands)
			.scope(scope)
			.languageCode(languageCode)
			.build();
		sender.sendNow(set).whenComplete((ok, error) -> {
			if (error != null) {
				log.warn("setMyCommands ({}) failed: {}", languageCode == null ? "default" : languageCode, error.toString());
			}
		});
	}

}
