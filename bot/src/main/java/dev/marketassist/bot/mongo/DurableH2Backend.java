package dev.marketassist.bot.mongo;

import java.util.Locale;
import java.util.Set;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend of mongo-java-server, committing its store after every write command before
 * the write is acknowledged. Without this the store commits about once a second and a hard kill
 * loses writes a user was already answered about. Concurrent writes share commits
 * ({@link GroupCommit}): each is acknowledged only after a commit that covers it. Its unique
 * indexes compare keys by value ({@link ValueOrderedIndexesDatabase}).
 */
final class DurableH2Backend extends H2Backend {

	private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
			"createindexes", "drop", "dropindexes", "renamecollection");

	/** The bytes of documents a page holds before it is split (see {@link #open}). */
	static final int PAGE_SPLIT = 2 * 1024;

	private final GroupCommit commits = new GroupCommit(this::commit);

	DurableH2Backend(String file) {
		super(open(file));
	}

	/**
	 * The store with small pages: a commit writes every page a write changed, whole, so with H2's
	 * 16 KB pages one changed session meant encoding the ten or so documents beside it again. At
	 * 2 KB a page holds one or two documents (docs/performance.md: CPU per update 4.95 → 4.2 ms at
	 * 25 sellers; 1 KB made the tree deeper and was slower again). Pages of a file written before are
	 * split as they are rewritten.
	 */
	private static MVStore open(String file) {
		return new MVStore.Builder().fileName(file).pageSplitSize(PAGE_SPLIT).open();
	}

	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		boolean write = WRITES.contains(command.toLowerCase(Locale.ROOT));
		try {
			return super.handleCommand(channel, databaseName, command, query);
		}
		finally {
			// also after a failed write: what it applied before failing is committed before the error is answered
			if (write) {
				this.commits.awaitDurable();
			}
		}
	}

	/** Databases whose unique indexes compare keys by value, not by serializing them. */
	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		return ValueOrderedIndexesDatabase.open(databaseName, getMvStore(), getCursorRegistry());
	}

	/** Write commands acknowledged so far (each after a commit covering it). */
	long writes() {
		return this.commits.writes();
	}

	/** Store commits made for them: fewer than {@link #writes()} when writes came at once. */
	long commits() {
		return this.commits.commits();
	}

}
