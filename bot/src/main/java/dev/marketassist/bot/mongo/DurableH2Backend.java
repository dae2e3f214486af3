package dev.marketassist.bot.mongo;

import java.util.Set;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 backend of mongo-java-server, committing its store after every write command before
 * the write is acknowledged. Without this the store commits about once a second and a hard kill
 * loses writes a user was already answered about.
 */
final class DurableH2Backend extends H2Backend {

	private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
			"createindexes", "drop", "dropindexes", "renamecollection");

	DurableH2Backend(String file) {
		super(file);
	}

	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		Document response = super.handleCommand(channel, databaseName, command, query);
		if (WRITES.contains(command.toLowerCase(java.util.Locale.ROOT))) {
			commit();
		}
		return response;
	}

}
