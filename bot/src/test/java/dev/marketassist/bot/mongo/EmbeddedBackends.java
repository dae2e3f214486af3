package dev.marketassist.bot.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** The embedded server's backends as the application builds them. */
final class EmbeddedBackends {

	private EmbeddedBackends() {
	}

	static MongoBackend memory() {
		return new MemoryBackend();
	}

}
