package dev.marketassist.bot.sandbox;

import java.util.List;
import java.util.stream.Stream;

import dev.marketassist.review.ReviewerDirectory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * In the sandbox, its reviewer personas (Reviewer C) are reviewers besides the configured ones,
 * so a newcomer reaches the review desk without a restart: every {@link ReviewerDirectory} bean is
 * wrapped while the sandbox is on, and only then.
 */
final class SandboxReviewers implements BeanPostProcessor {

	static final List<Long> IDS = Persona.ALL.stream()
		.filter(persona -> persona.role() == Persona.Role.REVIEWER)
		.map(Persona::userId)
		.toList();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return bean instanceof ReviewerDirectory directory ? new Directory(directory) : bean;
	}

	private record Directory(ReviewerDirectory configured) implements ReviewerDirectory {

		@Override
		public boolean isReviewer(long telegramUserId) {
			return IDS.contains(telegramUserId) || configured.isReviewer(telegramUserId);
		}

		@Override
		public List<Long> listed() {
			return Stream.concat(configured.listed().stream(), IDS.stream().filter(id -> !configured.listed().contains(id)))
				.toList();
		}

	}

}
