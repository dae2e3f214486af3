package dev.marketassist.bot.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.marketassist.dialogs.session.ChatSessions;
import dev.marketassist.testing.SentMessage;
import dev.marketassist.testing.StandInBotApi;
import dev.marketassist.testing.TcpProxy;
import dev.marketassist.testing.TgUser;
import dev.marketassist.testing.EndToEnd;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * MongoDB becomes unreachable (the connection is cut by a proxy) while users write: no update is
 * lost, each chat gets at most one "delayed" notice, and once MongoDB is back every held update
 * is answered, in order per chat.
 */
class MongoOutageEndToEndTests {

	static final String TOKEN = "424242:outage-test";

	MongoServer mongo;

	TcpProxy proxy;

	StandInBotApi telegram;

	ConfigurableApplicationContext app;

	@BeforeEach
	void start() throws Exception {
		mongo = new MongoServer(new MemoryBackend());
		mongo.bind("127.0.0.1", 0);
		proxy = new TcpProxy(mongo.getLocalAddress());
		telegram = StandInBotApi.start(TOKEN);
		app = EndToEnd.app().telegram(telegram)
			.args("--MONGODB_URI=mongodb://127.0.0.1:" + proxy.port() + "/market", "--market.mongo.timeout=1s",
					"--market.telegram.max-backoff=1s")
			.start();
	}

	@AfterEach
	void stop() {
		app.close();
		telegram.close();
		proxy.close();
		mongo.shutdownNow();
	}

	@Test
	void holdsUpdatesDuringAnOutageAndAnswersThemInOrderAfterwards() {
		TgUser ada = new TgUser(31_337, "Ada", "en");
		telegram.injectText(ada, "/help");
		telegram.awaitText(ada.chatId(), "How I can help");
		ChatSessions sessions = app.getBean(ChatSessions.class);
		await().atMost(Duration.ofSeconds(5))
			.until(() -> sessions.findById(ada.chatId() + ":" + ada.id()).orElseThrow().getOutbox().isEmpty());

		proxy.cut();
		telegram.injectText(ada, "/cancel");
		telegram.injectText(ada, "/language");
		telegram.injectText(ada, "/help");
		SentMessage delayed = telegram.awaitText(ada.chatId(), "we are running slowly");
		assertThat(delayed).isNotNull();

		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
			.until(() -> telegram.messages(ada.chatId()).size() == 2);

		proxy.restore();
		await().atMost(Duration.ofSeconds(30)).until(() -> telegram.messages(ada.chatId()).size() >= 5);
		var texts = telegram.messages(ada.chatId()).stream().map(SentMessage::text).toList();
		assertThat(texts).hasSize(5);
		assertThat(texts.get(1)).contains("running slowly");
		assertThat(texts.get(2)).contains("nothing to cancel");
		assertThat(texts.get(3)).contains("Choose your language");
		assertThat(texts.get(4)).contains("How I can help");
		assertThat(texts.stream().filter(t -> t.contains("running slowly"))).hasSize(1);
	}

}
