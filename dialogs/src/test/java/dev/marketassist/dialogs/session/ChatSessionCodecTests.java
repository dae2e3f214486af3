package dev.marketassist.dialogs.session;

import java.time.Instant;
import java.util.List;

import dev.marketassist.dialogs.Button;
import dev.marketassist.dialogs.Invoice;
import dev.marketassist.dialogs.Outgoing;
import dev.marketassist.dialogs.Reply;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hand-written stored form of a session is the one Spring Data's mapping writes, so sessions
 * stored by either are read by the other: compared as JSON (names, order and BSON types) on a
 * session with every field set and on a new one.
 */
class ChatSessionCodecTests {

	static final Instant NOW = Instant.parse("2026-12-07T10:15:30.123456789Z");

	final ChatSessionCodec codec = new ChatSessionCodec();

	final MappingMongoConverter spring = springDataMapping();

	@Test
	void writesWhatSpringDataWritesForASessionWithEveryFieldSet() {
		ChatSession session = everyFieldSet();

		assertThat(json(codec(session))).isEqualTo(json(spring(session)));
	}

	@Test
	void writesWhatSpringDataWritesForANewSession() {
		ChatSession session = new ChatSession(-1001234567890L, 42, NOW);

		assertThat(json(codec(session))).isEqualTo(json(spring(session)));
	}

	@Test
	void readsWhatSpringDataWroteAndSpringDataReadsWhatItWrote() {
		ChatSession session = everyFieldSet();

		ChatSession readByCodec = raw(spring(session)).decode(codec);
		ChatSession readBySpring = spring.read(ChatSession.class, codec(session).decode(new DocumentCodec()));

		assertThat(json(spring(readByCodec))).isEqualTo(json(spring(session)));
		assertThat(json(codec(readBySpring))).isEqualTo(json(codec(session)));
		assertThat(readByCodec.getOutbox()).isEqualTo(session.getOutbox());
		assertThat(readByCodec.getActive().getRows()).containsExactly("Row 1", "Row 2");
		assertThat(readByCodec.getCreatedAt()).isEqualTo(Instant.parse("2026-12-07T10:15:30.123Z"));
	}

	@Test
	void readsLenientlyAsSpringDataDoes() {
		// a field it does not know, numbers of another width, nulls, no version yet
		BsonDocument stored = BsonDocument.parse("""
				{"_id": "7:8", "chatId": 7, "userId": {"$numberLong": "8"}, "language": null, "comingSoon": {"a": [1, 2]},
				 "promptMessageId": {"$numberLong": "41"}, "promptSeq": 3.0, "outbox": [{"key": "k", "action": "SEND",
				 "reply": {"html": "Hi", "keyboard": [[{"label": "OK", "data": "x", "extra": 1}]]}, "messageId": null}],
				 "active": {"dialog": "onboarding", "step": "name", "mode": "EDITING", "rows": null}}
				""");

		ChatSession session = raw(stored).decode(codec);

		assertThat(session.getId()).isEqualTo("7:8");
		assertThat(session.getChatId()).isEqualTo(7);
		assertThat(session.getUserId()).isEqualTo(8);
		assertThat(session.getLanguage()).isNull();
		assertThat(session.getPromptMessageId()).isEqualTo(41);
		assertThat(session.getPromptSeq()).isEqualTo(3);
		assertThat(session.getVersion()).isNull();
		assertThat(session.getOutbox()).containsExactly(new Outgoing("k", Outgoing.Action.SEND, null,
				new Reply("Hi", List.of(List.of(Button.choice("OK", "x"))))));
		assertThat(session.getActive().getMode()).isEqualTo(DialogState.Mode.EDITING);
		assertThat(session.getActive().getRows()).isNull();
		assertThat(session.getActive().getAnswers()).isEmpty();
		assertThat(session.getRecentUpdates()).isEmpty();
		assertThat(session.getDrafts()).isEmpty();
	}

	@Test
	void aValueOfTheWrongKindIsRefusedNotGuessed() {
		BsonDocument stored = BsonDocument.parse("{\"_id\": \"7:8\", \"chatId\": \"seven\"}");

		assertThatThrownBy(() -> raw(stored).decode(codec)).hasMessageContaining("a number was expected");
	}

	static ChatSession everyFieldSet() {
		ChatSession session = new ChatSession(-1001234567890L, 42, NOW);
		session.setLanguage("zh-CN");
		session.setLanguageChosen(true);
		session.remember(1001);
		session.remember(1000);
		session.rememberNotification("review:p-1:approved");
		session.queue(List.of(
				new Outgoing("k1", Outgoing.Action.SEND, null, new Reply("<b>Name?</b>",
						List.of(List.of(Button.choice("« Back", "b:1:back"), Button.link("Guide", "https://example.com/g")))),
						null, null, "onboarding/name"),
				new Outgoing("k2", Outgoing.Action.EDIT, 77, Reply.of("Saved")),
				new Outgoing("k3", Outgoing.Action.INVOICE, null, null,
						new Invoice("Annual fee", "Seller fee for 2027", "fee:p-1:2027", "CNY", 1_000_000L)),
				new Outgoing("k4", Outgoing.Action.DOCUMENT, null, Reply.of("Your contract"), null, "gridfs:abc")));
		session.setPromptMessageId(77);
		session.nextPromptSeq();
		session.issueNonce();
		session.retire(70);
		session.resent("onboarding/name", NOW);
		DialogState active = new DialogState("onboarding", "company", NOW);
		active.setMode(DialogState.Mode.CONFIRM_CANCEL);
		active.getAnswers().put("name", "Bench Cloud");
		active.getAnswers().put("uscc", "sealed:xyz");
		active.getTrail().add("name");
		active.setRows(List.of("Row 1", "Row 2"));
		active.getContext().put("order", "o-1");
		session.setActive(active);
		session.getDrafts().put("product", new DialogState("product", "title", NOW));
		session.getDrafts().put("ticket", new DialogState("ticket", "subject", NOW.plusSeconds(5)));
		session.setLease(new DeliveryLease("instance-a", NOW.plusSeconds(30)));
		session.setUpdatedAt(NOW.plusSeconds(1));
		session.setVersion(12L);
		return session;
	}

	private RawBsonDocument codec(ChatSession session) {
		return new RawBsonDocument(session, codec);
	}

	private Document spring(ChatSession session) {
		Document document = new Document();
		spring.write(session, document);
		return document;
	}

	private static RawBsonDocument raw(Document document) {
		return new RawBsonDocument(document, new DocumentCodec());
	}

	private static RawBsonDocument raw(BsonDocument document) {
		return RawBsonDocument.parse(document.toJson());
	}

	private static String json(Document document) {
		return raw(document).toJson();
	}

	private static String json(RawBsonDocument document) {
		return document.toJson();
	}

	/** The mapping as Spring Boot configures it (MongoTemplate's default). */
	private static MappingMongoConverter springDataMapping() {
		MongoCustomConversions conversions = new MongoCustomConversions(List.of());
		MongoMappingContext context = new MongoMappingContext();
		context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
		context.afterPropertiesSet();
		MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
		converter.setCustomConversions(conversions);
		converter.afterPropertiesSet();
		return converter;
	}

}
