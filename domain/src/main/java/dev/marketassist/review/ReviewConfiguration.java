package dev.marketassist.review;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reviewers from configuration; a chat channel may provide a {@code @Primary} directory that knows more. */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

	@Bean
	ConfiguredReviewers configuredReviewers(ReviewerSettings settings) {
		return new ConfiguredReviewers(settings);
	}

}
