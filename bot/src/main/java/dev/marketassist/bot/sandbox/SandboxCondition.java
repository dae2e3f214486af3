package dev.marketassist.bot.sandbox;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The sandbox is on when {@code market.sandbox.enabled} is {@code true}; when that property is
 * unset or blank, it is on exactly when no Telegram token ({@code market.telegram.token}) is
 * configured, so a fresh clone gets a working chat and a production bot does not expose one.
 */
final class SandboxCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		String enabled = environment.getProperty("market.sandbox.enabled", "").strip();
		if (!enabled.isEmpty()) {
			return Boolean.parseBoolean(enabled) ? ConditionOutcome.match("market.sandbox.enabled is true")
					: ConditionOutcome.noMatch("market.sandbox.enabled is " + enabled);
		}
		boolean telegram = !environment.getProperty("market.telegram.token", "").isBlank();
		return telegram ? ConditionOutcome.noMatch("a Telegram token is configured and market.sandbox.enabled is unset")
				: ConditionOutcome.match("no Telegram token is configured");
	}

}
