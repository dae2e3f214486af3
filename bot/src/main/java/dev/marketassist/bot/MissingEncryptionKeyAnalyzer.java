package dev.marketassist.bot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in two lines, without a stack trace, why the assistant refused to start without a key. */
class MissingEncryptionKeyAnalyzer extends AbstractFailureAnalyzer<SealingConfiguration.MissingEncryptionKey> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SealingConfiguration.MissingEncryptionKey cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set MARKET_ENCRYPTION_KEY (for example to the output of: openssl rand -base64 32), or unset MONGODB_URI "
						+ "to use the embedded MongoDB.",
				cause);
	}

}
